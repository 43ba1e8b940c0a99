// The command table and the shortcut keys, without a window: what a user's key presses do.
#include "ui/Commands.h"

#include <set>

#include <gtest/gtest.h>

namespace myoatlas {
namespace {

using Press = ShortcutKeys::Press;

TEST(Commands, EachKeyDoesOneThingAndEveryCommandIsInTheHelp) {
  std::set<std::pair<int, bool>> keys;
  for (const auto& c : kCommands) {
    EXPECT_TRUE(c.menu[0]) << "every command has a menu label";
    if (c.key != Key::None) {
      EXPECT_TRUE(keys.insert({int(c.key), c.ctrl}).second) << c.menu << ": its key is taken";
    }
  }
  // A command without its own help line is explained by the line before it (1 / 2 / 3 / 4 / 5).
  EXPECT_TRUE(kCommands[0].help[0]);
}

TEST(ShortcutKeys, KeysRaiseTheirCommands) {
  ShortcutKeys keys;
  const auto got = keys.commands({{Key::P, false}, {Key::Digit2, false}, {Key::O, true}}, false, false);
  EXPECT_EQ(got, (std::vector<CommandId>{CommandId::NextPose, CommandId::ViewPosterior, CommandId::OpenModel}));
  EXPECT_EQ(keys.commands({{Key::Home, false}}, false, false), std::vector<CommandId>{CommandId::FrameAll});
}

TEST(ShortcutKeys, TypingIntoAFieldIsNotAShortcut) {
  ShortcutKeys keys;
  EXPECT_TRUE(keys.commands({{Key::P, false}, {Key::F, false}}, true, false).empty());
}

TEST(ShortcutKeys, KeysTypedRightAfterCtrlFGoToTheSearchNotTheBody) {
  ShortcutKeys keys;
  // "Ctrl+F p i r" typed quickly: the first frame has Ctrl+F and P, the next frames arrive before the search
  // field has taken the keyboard.
  EXPECT_EQ(keys.commands({{Key::F, true}, {Key::P, false}}, false, false), std::vector<CommandId>{CommandId::Search});
  EXPECT_TRUE(keys.commands({{Key::F, false}}, false, false).empty()) << "F must not reframe the body";
  EXPECT_TRUE(keys.commands({{Key::P, false}}, true, false).empty()) << "the field has the keyboard";
  // Once the field lets go (Esc, click on the body), keys are shortcuts again.
  EXPECT_EQ(keys.commands({{Key::P, false}}, false, false), std::vector<CommandId>{CommandId::NextPose});
}

TEST(ShortcutKeys, EscClosingAMenuKeepsThePaintedPattern) {
  ShortcutKeys keys;
  EXPECT_TRUE(keys.commands({{Key::Escape, false}}, false, true).empty());
  EXPECT_EQ(keys.commands({{Key::Escape, false}}, false, false), std::vector<CommandId>{CommandId::ClearSelection});
}

}  // namespace
}  // namespace myoatlas
