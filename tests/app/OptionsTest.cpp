// The option table: every option round-trips through the command line and, when remembered, the settings file,
// and --help shows each flag with its help.
#include <gtest/gtest.h>

#include "app/CommandLine.h"
#include "core/settings/ViewerSettings.h"
#include "support/RunCommand.h"

namespace myoatlas {
namespace {

// A value other than the default, valid for the option, as the command line would type it.
std::string otherValue(const OptionSpec& spec, const AppOptions& defaults) {
  switch (spec.kind) {
    case OptionKind::Flag: return "";
    case OptionKind::Choice: return optionChoices(spec).back();
    case OptionKind::Integer: return std::to_string(int(spec.max));
    case OptionKind::Number: return optionText(defaults, spec) == "0.5" ? "0.75" : (spec.min <= 0.5 && spec.max >= 0.5 ? "0.5" : "2.5");
  }
  return "";
}

TEST(OptionTable, EveryOptionRoundTripsThroughTheCommandLineAndTheSettingsFile) {
  const AppOptions defaults;
  for (const auto& spec : optionTable()) {
    SCOPED_TRACE(spec.flag);
    for (bool render : {false, true}) {
      if (render && !spec.render) continue;
      const std::string value = otherValue(spec, defaults);
      std::vector<std::string> args = {spec.flag};
      if (!value.empty()) args.push_back(value);
      auto read = parseOptionFlags(args, render);
      ASSERT_TRUE(read.ok()) << read.error();
      const AppOptions& parsed = read.value();
      EXPECT_NE(optionText(parsed, spec), optionText(defaults, spec)) << "the flag changed the option";
      if (!value.empty()) {
        EXPECT_EQ(optionText(parsed, spec), value);
      }
      EXPECT_TRUE(checkOption(parsed, spec).ok());
      if (!spec.key[0] || render) continue;
      ViewerSettings s;
      s.options = parsed;
      auto back = ViewerSettings::fromJson(s.toJson(), "settings.json");
      ASSERT_TRUE(back.ok()) << back.error();
      EXPECT_EQ(optionText(back->options, spec), optionText(parsed, spec)) << "remembered as set";
      EXPECT_TRUE(back->present.count(spec.key));
    }
  }
}

TEST(OptionTable, OutOfRangeAndUnknownChoicesNameTheFlag) {
  AppOptions o;
  o.pose = "dab";
  auto r = checkOptions(o);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("--pose 'dab'"), std::string::npos) << r.error();
  o = AppOptions{};
  o.peel = 4;
  r = checkOptions(o);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().find("--peel 4 is out of range"), std::string::npos) << r.error();
}

TEST(OptionTable, HelpShowsEveryFlagOnce) {
  const auto r = test::runCommand(test::myoatlas() + " --help");
  ASSERT_EQ(r.exitCode, 0);
  for (const auto& spec : optionTable()) EXPECT_TRUE(test::contains(r.out, spec.flag)) << spec.flag;
  const auto render = test::runCommand(test::myoatlas() + " render --help");
  for (const auto& spec : optionTable())
    if (spec.render) {
      EXPECT_TRUE(test::contains(render.out, spec.flag)) << spec.flag;
    }
}

}  // namespace
}  // namespace myoatlas
