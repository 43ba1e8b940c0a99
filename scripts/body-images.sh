#!/usr/bin/env bash
# Renders the pictures of the generated body that docs and reviews use (issues 10 and 12): the écorché from the
# front, back and side, close-ups, the skeleton alone, a contact sheet of 26 muscles each isolated in place, and
# the skin: opaque, x-ray and hidden, both bodies, the poses, and close-ups of face, ear, hand and foot.
# Needs a built tree (build/myoatlas) and ImageMagick (montage). Usage: scripts/body-images.sh [OUT_DIR]
# (default docs/images). Takes about two minutes on two cores (llvmpipe).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/images}
bin=build/myoatlas
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v montage >/dev/null || { echo "scripts/body-images.sh: needs ImageMagick's montage (apt-get install imagemagick)" >&2; exit 2; }
render() { "$bin" render --skin-opacity 0 "$@"; }

# The écorché: anterior, posterior, lateral.
for v in anterior posterior left; do render --view $v --width 600 --height 1000 --out "$tmp/ecorche-$v.png"; done
montage "$tmp"/ecorche-{anterior,posterior,left}.png -tile 3x1 -geometry +0+0 "$out/ecorche-views.png"

# Close-ups, right side.
render --view anterior --focus anterior_deltoid,pectoralis_major,biceps_brachii,sternocleidomastoid --width 700 --height 600 --out "$tmp/c1.png"
render --view posterior --focus infraspinatus,posterior_deltoid,teres_major,upper_trapezius --width 700 --height 600 --out "$tmp/c2.png"
render --view left --side left --focus sternocleidomastoid,anterior_scalene,middle_scalene,splenius_capitis,levator_scapulae --width 700 --height 600 --out "$tmp/c3.png"
render --view posterior --focus gluteus_maximus,gluteus_medius,tensor_fasciae_latae --width 700 --height 600 --out "$tmp/c4.png"
render --view anterior --focus forearm_hand --width 700 --height 600 --out "$tmp/c5.png"
render --view left --side left --focus gastrocnemius,soleus,tibialis_anterior,fibularis_longus --width 700 --height 600 --out "$tmp/c6.png"
montage "$tmp"/c{1,2,3,4,5,6}.png -tile 3x2 -geometry +4+4 -background '#20242c' "$out/ecorche-closeups.png"

# The skeleton alone.
for v in anterior left; do render --peel 3 --view $v --width 500 --height 1000 --out "$tmp/skeleton-$v.png"; done
montage "$tmp"/skeleton-{anterior,left}.png -tile 2x1 -geometry +0+0 "$out/skeleton.png"

# 26 muscles isolated in place, each framed on itself with its neighbours' bones. A tile names the muscle (or group:
# the hamstrings, the scalenes) and the muscles it shows (all selected, so isolation keeps them together, with the
# fasciae and tendons they attach through); the fourth column adds options (a side view of the chest wall or the
# thigh raises the arms out of the way; the trapezius, cut at the tile's edge on one side, is shown whole on both).
sheet=()
while read -r label muscles view focus extra; do
  # shellcheck disable=SC2086
  "$bin" render --skin-opacity 0 --select ${muscles//,/ } --isolate --view "$view" --focus "$focus" --width 300 --height 300 $extra \
    --out "$tmp/m-$label.png"
  convert "$tmp/m-$label.png" -font DejaVu-Sans -pointsize 13 -gravity south -background '#20242c' -fill white -splice 0x18 -annotate +0+2 "$label" "$tmp/m-$label.png"
  sheet+=("$tmp/m-$label.png")
done <<'LIST'
upper_trapezius upper_trapezius posterior upper_trapezius,middle_trapezius --side both
middle_trapezius middle_trapezius posterior upper_trapezius,middle_trapezius,lower_trapezius --side both
lower_trapezius lower_trapezius posterior middle_trapezius,lower_trapezius --side both
deltoid anterior_deltoid,posterior_deltoid,middle_deltoid right middle_deltoid,anterior_deltoid,posterior_deltoid
pectoralis_major pectoralis_major anterior pectoralis_major
latissimus_dorsi latissimus_dorsi posterior latissimus_dorsi --side both
serratus_anterior serratus_anterior right serratus_anterior --pose t-pose
rectus_abdominis rectus_abdominis anterior rectus_abdominis
external_oblique external_oblique right external_oblique --pose t-pose
gluteus_maximus gluteus_maximus posterior gluteus_maximus
gluteus_medius gluteus_medius right gluteus_medius --pose t-pose
piriformis piriformis posterior piriformis,gluteus_medius
rectus_femoris rectus_femoris anterior rectus_femoris,vastus_medialis --side both
vastus_lateralis vastus_lateralis right vastus_lateralis --pose t-pose
hamstrings semitendinosus,semimembranosus,biceps_femoris posterior biceps_femoris,semitendinosus,semimembranosus
gastrocnemius gastrocnemius posterior gastrocnemius,soleus --side both
soleus soleus posterior soleus
tibialis_anterior tibialis_anterior anterior tibialis_anterior,extensor_hallucis_longus
sternocleidomastoid sternocleidomastoid right sternocleidomastoid
masseter masseter right masseter,temporalis
temporalis temporalis right temporalis,masseter
infraspinatus infraspinatus posterior infraspinatus
levator_scapulae levator_scapulae posterior levator_scapulae
scalenes posterior_scalene,middle_scalene,anterior_scalene right anterior_scalene,middle_scalene,posterior_scalene
quadratus_lumborum quadratus_lumborum posterior quadratus_lumborum
psoas_major psoas_major anterior psoas_major,iliacus
LIST
montage "${sheet[@]}" -tile 6x -geometry +2+2 -background '#20242c' "$out/muscles-isolated.png"
# The skin (issue 12): opaque, x-ray and hidden; both bodies from three sides; the poses; close-ups of face, ear,
# hand (palm and back) and foot (lateral side, and from above in front), framed by a scene file's camera (target, distance, yaw, pitch).
for o in 1 0.3 0; do "$bin" render --skin-opacity $o --view anterior --width 600 --height 900 --out "$tmp/skin-$o.png"; done
montage "$tmp"/skin-{1,0.3,0}.png -tile 3x1 -geometry +0+0 "$out/body-skin.png"
# Both bodies under the male's cameras, so the pictures keep her 12 cm shorter stature (each framed on its own,
# she filled her picture as he did his, and a reviewer took them for the same height).
for v in anterior left posterior; do
  "$bin" render --body male --view $v --width 420 --height 760 --out "$tmp/body-male-$v.png" --save-scene "$tmp/body-$v.myoscene.json"
  python3 - "$tmp/body-$v.myoscene.json" <<'PY'
import json, sys
scene = json.load(open(sys.argv[1]))
scene["model"] = {"body": "female", "meshes": 0, "path": ""}
scene["view"]["pain_drawing"] = {"skin_vertices": 0, "values": []}
json.dump(scene, open(sys.argv[1], "w"))
PY
  "$bin" render --scene "$tmp/body-$v.myoscene.json" --width 420 --height 760 --out "$tmp/body-female-$v.png"
done
montage "$tmp"/body-male-{anterior,left,posterior}.png "$tmp"/body-female-{anterior,left,posterior}.png -tile 6x1 -geometry +0+0 "$out/bodies-male-female.png"
# The poses, skin on (issue 12 item 3: shoulder, armpit, hip and knee without tearing), then the écorché.
"$bin" render --pose arms-raised --view anterior --width 500 --height 800 --out "$tmp/pose-1.png"
"$bin" render --pose t-pose --view posterior --width 800 --height 800 --out "$tmp/pose-2.png"
"$bin" render --pose seated --view right --width 500 --height 800 --out "$tmp/pose-3.png"
"$bin" render --skin-opacity 0 --pose seated --view left --width 500 --height 800 --out "$tmp/pose-4.png"
montage "$tmp"/pose-{1,2,3,4}.png -tile 4x1 -geometry +0+0 "$out/body-poses.png"
"$bin" render --view anterior --width 64 --height 64 --out "$tmp/base.png" --save-scene "$tmp/base.myoscene.json"
closeup() {  # OUT x y z distance yaw pitch: the saved scene with its camera moved
  python3 - "$tmp/base.myoscene.json" "$tmp/closeup.myoscene.json" "$2" "$3" "$4" "$5" "$6" "$7" <<'PY'
import json, sys
scene = json.load(open(sys.argv[1]))
camera = scene["view"]["camera"]
camera["target"] = [float(v) for v in sys.argv[3:6]]
camera["distance"], camera["yaw"], camera["pitch"] = (float(v) for v in sys.argv[6:9])
json.dump(scene, open(sys.argv[2], "w"))
PY
  "$bin" render --scene "$tmp/closeup.myoscene.json" --width 500 --height 500 --out "$1"
}
closeup "$tmp/face.png" 0 1.62 0.05 0.45 0 0
closeup "$tmp/head.png" 0 1.62 0.0 0.45 -1.2 0
closeup "$tmp/hand.png" -0.285 0.765 0.0 0.36 0 0  # the right palm (the thigh beside it out of the frame)
closeup "$tmp/hand-back.png" -0.285 0.765 0.0 0.36 3.14159 0  # and the back of that hand, from behind
closeup "$tmp/foot.png" -0.085 0.08 0.06 0.6 -1.5708 0.05  # the right foot from its lateral side
closeup "$tmp/foot-front.png" -0.085 0.08 0.06 0.6 -0.8 0.6  # and from above, in front
montage "$tmp"/{face,head,hand,hand-back,foot,foot-front}.png -tile 6x1 -geometry +2+2 -background '#20242c' "$out/skin-face-hand-foot.png"
# Keep the committed pictures small: README widths, 8-bit palettes where they hold (the écorché's flat colours).
# The skin's pictures keep their full colour: a 255-colour palette banded the skin's shading into contours and
# turned the darkest creases (the crotch, the thumb's web) reddish brown, "cuts" to a reviewer.
for f in ecorche-views ecorche-closeups skeleton muscles-isolated; do
  mogrify -resize '1400x1400>' +dither -colors 255 -define png:compression-level=9 "$out/$f.png"
done
for f in body-skin bodies-male-female body-poses skin-face-hand-foot; do
  mogrify -resize '1400x1400>' -depth 8 -define png:compression-level=9 "$out/$f.png"
done
echo "wrote $out/ecorche-views.png ecorche-closeups.png skeleton.png muscles-isolated.png body-skin.png bodies-male-female.png body-poses.png skin-face-hand-foot.png"
