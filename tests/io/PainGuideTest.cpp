// The pain finder against the Manual's pain guides, on the default body the build made: the guides' lists and
// the painted patterns agree, named areas answer with the guide's muscles (essential first), and pain drawings
// over several areas rank the muscles that explain the whole drawing first.
#include <algorithm>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "core/atlas/AtlasLoader.h"
#include "core/pain/GuideAudit.h"
#include "core/pain/PainFinder.h"
#include "io/ModelImporter.h"
#include "support/ShippedAtlas.h"

namespace myoatlas {
namespace {

struct Fixture {
  const Atlas& atlas = test::shippedAtlas().atlas;
  Model body;
  std::unique_ptr<BodySurface> surface;
  std::unique_ptr<ReferralPainter> painter;
  std::unique_ptr<PainFinder> finder;
};

Fixture& fixture() {
  static Fixture f = [] {
    Fixture x;
    auto imported = importModel(MYOATLAS_DEFAULT_BODY);
    if (!imported) throw std::runtime_error(imported.error());
    x.body = std::move(imported->model);
    x.surface = std::move(BodySurface::fromModel(x.body).value());
    x.painter = std::make_unique<ReferralPainter>(x.atlas, *x.surface);
    x.finder = std::make_unique<PainFinder>(*x.painter);
    return x;
  }();
  return f;
}

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

// Every muscle a guide lists paints its area, and no unlisted essential zone owns an area's core unless the
// area records why (docs/ATLAS.md, "Pain guides"). `myoatlas sources --audit` prints the same findings.
TEST(PainGuides, AgreeWithThePaintedPatterns) {
  const auto findings = auditPainGuides(*fixture().painter);
  for (const auto& f : findings) ADD_FAILURE() << f.describe();
  std::size_t guides = 0;
  for (const auto& a : fixture().atlas.painAreas) guides += a.guide ? 1 : 0;
  EXPECT_GE(guides, 55u) << "every area of the Manual's pain guides";
}

struct Textbook {
  const char* area;
  const char* essential;  // bold in the guide, in its order
  const char* spillover;  // plain in the guide
};

// The pain guides of Travell & Simons' Trigger Point Manual: vol. 1 (2nd ed., 1999), ch. 5 (head and neck),
// ch. 18 (upper back, shoulder and arm), ch. 33 (elbow to finger), ch. 41 (trunk); vol. 2 (1992), part 1 (lower
// torso), part 2 (hip, thigh and knee), part 3 (leg, ankle and foot). Groups the guide names as one (scalenes,
// suboccipitals, rhomboids, iliopsoas) are written by their first muscle.
const Textbook kTextbook[] = {
    // vol. 1, ch. 5
    {"temple", "upper_trapezius sternocleidomastoid temporalis", "splenius_cervicis rectus_capitis_posterior_major semispinalis_capitis"},
    {"occiput", "upper_trapezius sternocleidomastoid semispinalis_capitis semispinalis_cervicis splenius_cervicis occipitalis", "digastric temporalis"},
    {"vertex", "sternocleidomastoid splenius_capitis", ""},
    {"forehead", "sternocleidomastoid frontalis", "semispinalis_capitis zygomaticus_major"},
    {"ear_tmj", "lateral_pterygoid masseter sternocleidomastoid", "medial_pterygoid"},
    {"eye", "sternocleidomastoid temporalis splenius_cervicis", "masseter occipitalis orbicularis_oculi upper_trapezius"},
    {"jaw", "sternocleidomastoid masseter lateral_pterygoid", "upper_trapezius digastric medial_pterygoid buccinator platysma"},
    {"teeth", "temporalis masseter", "digastric"},
    {"back_of_neck", "upper_trapezius cervical_multifidi levator_scapulae splenius_cervicis", "infraspinatus"},
    {"throat", "sternocleidomastoid digastric", "medial_pterygoid"},
    // vol. 1, ch. 18
    {"upper_back", "anterior_scalene levator_scapulae middle_trapezius rhomboid_major", "supraspinatus splenius_cervicis triceps_brachii biceps_brachii"},
    {"between_shoulder_blades", "anterior_scalene latissimus_dorsi rhomboid_major middle_trapezius lower_trapezius", "levator_scapulae iliocostalis_thoracis serratus_posterior_superior infraspinatus serratus_anterior"},
    {"back_of_shoulder", "posterior_deltoid levator_scapulae anterior_scalene teres_major teres_minor subscapularis serratus_posterior_superior triceps_brachii", "supraspinatus latissimus_dorsi"},
    {"front_of_shoulder", "infraspinatus anterior_deltoid anterior_scalene supraspinatus pectoralis_major pectoralis_minor biceps_brachii coracobrachialis", "sternalis subclavius latissimus_dorsi"},
    {"back_of_upper_arm", "anterior_scalene triceps_brachii posterior_deltoid teres_major", "subscapularis supraspinatus teres_minor latissimus_dorsi coracobrachialis scalenus_minimus"},
    {"front_of_upper_arm", "anterior_scalene infraspinatus biceps_brachii brachialis anterior_deltoid", "supraspinatus sternalis subclavius"},
    // vol. 1, ch. 33
    {"outer_elbow", "supinator brachioradialis extensor_carpi_radialis_longus triceps_brachii anconeus", "supraspinatus extensor_digitorum"},
    {"inner_elbow", "triceps_brachii", "pectoralis_major pectoralis_minor serratus_posterior_superior serratus_anterior"},
    {"back_of_elbow", "triceps_brachii", "serratus_posterior_superior"},
    {"radial_forearm", "brachioradialis", "infraspinatus anterior_scalene supraspinatus subclavius"},
    {"back_of_forearm", "extensor_carpi_radialis_longus extensor_carpi_radialis_brevis", "triceps_brachii teres_major coracobrachialis scalenus_minimus serratus_posterior_superior"},
    {"ulnar_forearm", "", "latissimus_dorsi pectoralis_major pectoralis_minor serratus_posterior_superior"},
    {"front_of_forearm", "palmaris_longus pronator_teres", "serratus_anterior triceps_brachii"},
    {"wrist_back", "extensor_carpi_radialis_brevis extensor_carpi_radialis_longus extensor_digitorum extensor_indicis extensor_carpi_ulnaris", "subscapularis coracobrachialis latissimus_dorsi first_dorsal_interosseous"},
    {"wrist_front", "flexor_carpi_radialis flexor_carpi_ulnaris opponens_pollicis palmaris_longus", "pectoralis_major pectoralis_minor latissimus_dorsi pronator_teres serratus_anterior"},
    {"thumb", "brachialis opponens_pollicis adductor_pollicis flexor_pollicis_longus", "supinator infraspinatus extensor_carpi_radialis_longus brachioradialis first_dorsal_interosseous"},
    {"dorsal_fingers", "extensor_digitorum dorsal_interossei_hand", "abductor_digiti_minimi_hand pectoralis_major latissimus_dorsi"},
    {"volar_fingers", "flexor_digitorum_superficialis flexor_digitorum_profundus", "latissimus_dorsi serratus_anterior abductor_digiti_minimi_hand"},
    // vol. 1, ch. 41
    {"chest", "pectoralis_major pectoralis_minor anterior_scalene sternalis", "sternocleidomastoid subclavius external_oblique"},
    {"side_of_chest", "serratus_anterior", "latissimus_dorsi"},
    {"mid_back", "iliocostalis_thoracis thoracic_multifidi serratus_posterior_inferior", "rectus_abdominis intercostals latissimus_dorsi"},
    {"abdomen", "rectus_abdominis external_oblique", "internal_oblique transversus_abdominis pyramidalis quadratus_lumborum"},
    // vol. 2, part 1
    {"low_back", "gluteus_medius quadratus_lumborum psoas_major longissimus_thoracis iliocostalis_lumborum lumbar_multifidi", "rectus_abdominis gluteus_maximus"},
    {"buttock", "gluteus_medius quadratus_lumborum gluteus_maximus iliocostalis_lumborum longissimus_thoracis piriformis gluteus_minimus", "semitendinosus semimembranosus rectus_abdominis soleus"},
    {"pelvic", "coccygeus levator_ani obturator_internus", "adductor_magnus piriformis internal_oblique"},
    // vol. 2, part 2
    {"outer_thigh", "gluteus_minimus vastus_lateralis tensor_fasciae_latae", "piriformis quadratus_lumborum vastus_intermedius gluteus_maximus rectus_femoris"},
    {"front_of_thigh", "adductor_longus adductor_brevis psoas_major vastus_intermedius sartorius", "adductor_magnus pectineus rectus_femoris"},
    {"inner_thigh", "pectineus vastus_medialis gracilis adductor_magnus", "sartorius"},
    {"back_of_thigh", "gluteus_minimus semitendinosus semimembranosus biceps_femoris", "piriformis obturator_internus"},
    {"front_of_knee", "rectus_femoris vastus_medialis", "adductor_longus adductor_brevis"},
    {"inner_knee", "vastus_medialis gracilis sartorius", "rectus_femoris adductor_longus adductor_brevis"},
    {"outer_knee", "vastus_lateralis", ""},
    {"back_of_knee", "gastrocnemius biceps_femoris popliteus semitendinosus semimembranosus plantaris", "soleus"},
    // vol. 2, part 3
    {"shin", "tibialis_anterior", "adductor_longus adductor_brevis"},
    {"calf", "soleus gluteus_minimus gastrocnemius", "semitendinosus semimembranosus flexor_digitorum_longus tibialis_posterior plantaris"},
    {"outer_leg", "gluteus_minimus fibularis_longus", "gastrocnemius fibularis_brevis vastus_lateralis"},
    {"front_of_ankle", "tibialis_anterior fibularis_tertius", "extensor_digitorum_longus extensor_hallucis_longus"},
    {"outer_ankle", "fibularis_longus fibularis_brevis fibularis_tertius", ""},
    {"inner_ankle", "abductor_hallucis", "flexor_digitorum_longus"},
    {"achilles", "soleus tibialis_posterior", ""},
    {"heel", "soleus quadratus_plantae abductor_hallucis", "tibialis_posterior"},
    {"top_of_foot", "extensor_digitorum_brevis extensor_hallucis_brevis extensor_digitorum_longus extensor_hallucis_longus", "flexor_hallucis_brevis interossei_foot tibialis_anterior"},
    {"big_toe_dorsal", "tibialis_anterior extensor_hallucis_longus", "flexor_hallucis_brevis"},
    {"big_toe_plantar", "flexor_hallucis_longus flexor_hallucis_brevis", "tibialis_posterior"},
    {"lesser_toes", "interossei_foot extensor_digitorum_longus", ""},
    {"ball_of_foot", "flexor_hallucis_brevis flexor_digitorum_brevis adductor_hallucis interossei_foot abductor_digiti_minimi_foot", "flexor_hallucis_longus flexor_digitorum_longus tibialis_posterior"},
    {"sole", "gastrocnemius flexor_digitorum_longus", "adductor_hallucis soleus interossei_foot abductor_hallucis tibialis_posterior"},
};

// `sources --area`: the guide's essential muscles fill the top ranks, every muscle it lists is there, and each
// listed muscle is painted over the area on the body (its trigger points nested under it).
TEST(PainGuides, NamedAreasAnswerLikeTheManual) {
  Fixture& f = fixture();
  EXPECT_GE(std::size(kTextbook), 40u);
  for (const Textbook& t : kTextbook) {
    const PainArea* area = f.atlas.painArea(t.area);
    ASSERT_NE(area, nullptr) << t.area;
    ASSERT_TRUE(area->guide) << t.area << " has the guide's list";
    const auto results = f.finder->musclesForArea(*area, Side::Right);
    // A group the guide names as one (scalenes) is answered by whichever of its muscles paint the area.
    const auto groupOf = [&](const std::string& muscle) {
      const GuideEntry* e = area->guide->entry(muscle);
      return e && !e->group.empty() ? e->group : muscle;
    };
    std::map<std::string, std::size_t> rankOf;
    for (std::size_t i = 0; i < results.size(); ++i) rankOf.emplace(groupOf(results[i].muscle), i);
    std::size_t essentialCount = 0;  // essential muscles answered (a group by its painted members)
    for (const auto& r : results) essentialCount += r.guideRank >= 0 && r.essential ? 1 : 0;
    for (const auto& name : words(t.essential)) {
      const std::string m = groupOf(name);
      ASSERT_TRUE(rankOf.count(m)) << t.area << ": " << m << " missing";
      EXPECT_LT(rankOf[m], essentialCount) << t.area << ": essential " << m << " is in the top ranks";
      EXPECT_TRUE(results[rankOf[m]].essential) << t.area << ": " << m;
    }
    for (const auto& name : words(t.spillover)) {
      const std::string m = groupOf(name);
      ASSERT_TRUE(rankOf.count(m)) << t.area << ": " << m << " missing";
      EXPECT_GE(rankOf[m], essentialCount) << t.area << ": spillover " << m << " after the essential ones";
    }
    for (const auto& r : results) {
      if (r.guideRank < 0) continue;
      EXPECT_TRUE(r.painted) << t.area << ": " << r.muscle << " is listed but not painted there";
      EXPECT_FALSE(r.triggerPoints.empty()) << t.area << ": " << r.muscle;
    }
    for (std::size_t i = 1; i < results.size(); ++i)
      if (results[i].guideRank >= 0) {
        EXPECT_GE(results[i - 1].guideRank, 0) << t.area << ": the guide's muscles come before the others";
      }
  }
}

SparseIntensity drawingOver(std::initializer_list<const char*> areas) {
  Fixture& f = fixture();
  std::map<std::uint32_t, float> union_;
  for (const char* id : areas) {
    const SparseIntensity& z = f.painter->painArea(*f.atlas.painArea(id), Side::Right);
    for (std::size_t i = 0; i < z.vertices.size(); ++i) union_[z.vertices[i]] = std::max(union_[z.vertices[i]], z.values[i]);
  }
  SparseIntensity d;
  for (const auto& [v, x] : union_) d.vertices.push_back(v), d.values.push_back(x);
  return d;
}

std::size_t rankOf(const std::vector<MuscleSources>& r, const std::string& muscle) {
  for (std::size_t i = 0; i < r.size(); ++i)
    if (r[i].muscle == muscle) return i;
  return r.size();
}

std::string listed(const std::vector<MuscleSources>& r, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < std::min(n, r.size()); ++i)
    out += r[i].muscle + (r[i].side == Side::Left ? ".l" : "") + "(" + std::to_string(int(r[i].coverage * 100)) + "%, " +
           std::to_string(r[i].score).substr(0, 4) + ") ";
  return out;
}

// Low back and buttock together: the muscles that refer to both (vol. 2, part 1 guide) lead, not the short
// rotators that explain only the buttock.
TEST(PainGuides, LowBackAndButtockDrawingRanksWholeDrawingExplainersFirst) {
  const auto r = fixture().finder->musclesForDrawing(drawingOver({"low_back", "buttock"}));
  for (const char* m : {"quadratus_lumborum", "gluteus_medius", "lumbar_multifidi", "gluteus_maximus"})
    EXPECT_LT(rankOf(r, m), 8u) << m << " in: " << listed(r, 12);
  EXPECT_LT(std::min(rankOf(r, "psoas_major"), rankOf(r, "iliacus")), 8u) << "iliopsoas in: " << listed(r, 12);
  for (const char* rotator : {"superior_gemellus", "inferior_gemellus", "quadratus_femoris", "obturator_externus"})
    EXPECT_GT(rankOf(r, rotator), rankOf(r, "quadratus_lumborum")) << rotator << " in: " << listed(r, 12);
  for (const auto& m : r) EXPECT_EQ(std::count_if(r.begin(), r.end(), [&](const auto& x) { return x.muscle == m.muscle && x.side == m.side; }), 1);
}

// Temple and back of the neck (tension-type headache): upper trapezius TrP1 explains both (vol. 1, ch. 5).
TEST(PainGuides, TempleAndNeckDrawingStartsWithUpperTrapezius) {
  const auto d = drawingOver({"temple", "back_of_neck"});
  const auto r = fixture().finder->musclesForDrawing(d);
  ASSERT_FALSE(r.empty());
  EXPECT_EQ(r[0].muscle, "upper_trapezius") << listed(r, 8);
  EXPECT_EQ(r[0].triggerPoints.front().triggerPoint, "upper_trapezius.trp1");
}

// Outer elbow, back of the forearm and back of the hand ("tennis elbow" with pain into the hand): the radial
// wrist extensors explain all three (vol. 1, ch. 33), so they lead.
TEST(PainGuides, TennisElbowDrawingStartsWithTheRadialExtensors) {
  const auto r = fixture().finder->musclesForDrawing(drawingOver({"outer_elbow", "back_of_forearm", "wrist_back"}));
  EXPECT_EQ(rankOf(r, "extensor_carpi_radialis_longus"), 0u) << listed(r, 8);
  EXPECT_LT(rankOf(r, "extensor_carpi_radialis_brevis"), 6u) << listed(r, 8);
  EXPECT_GT(rankOf(r, "anconeus"), rankOf(r, "extensor_carpi_radialis_longus")) << "anconeus explains only the elbow";
}

// A point answer groups trigger points under their muscle, essential muscles first.
TEST(PainGuides, PointAnswersAreGroupedByMuscle) {
  Fixture& f = fixture();
  const glm::vec3 temple = [&] {
    for (const auto& l : f.body.landmarks)
      if (l.id == "temple.r") return l.position;
    return glm::vec3(0.0f);
  }();
  const auto r = f.finder->musclesAtVertex(f.surface->nearestVertex(temple));
  ASSERT_FALSE(r.empty());
  bool seenSpillover = false;
  for (const auto& m : r) {
    if (!m.essential) seenSpillover = true;
    EXPECT_FALSE(m.essential && seenSpillover) << m.muscle << ": essential muscles come first";
    for (const auto& t : m.triggerPoints) EXPECT_EQ(f.atlas.triggerPoint(t.triggerPoint)->muscle, m.muscle);
  }
  EXPECT_LT(rankOf(r, "temporalis"), 4u);
}

}  // namespace
}  // namespace myoatlas
