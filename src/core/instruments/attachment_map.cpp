#include "core/instruments/attachment_map.h"

namespace refuge::instruments {

Result<AttachmentPlacement> place_on_map(const Instrument& instrument, double anxiety,
                                         double avoidance) {
  if (!instrument.attachment_map) {
    return Status::InvalidArgument(instrument.id + " has no attachment map");
  }
  const AttachmentMapRules& map = *instrument.attachment_map;
  const Scale* anx = instrument.scale(map.anxiety_scale);
  const Scale* avo = instrument.scale(map.avoidance_scale);
  if (!(anxiety >= anx->min && anxiety <= anx->max && avoidance >= avo->min &&
        avoidance <= avo->max)) {
    return Status::InvalidArgument("attachment scores are outside the scales' bounds");
  }
  AttachmentPlacement p;
  p.anxiety = anxiety;
  p.avoidance = avoidance;
  p.cut_off = map.cut_off;
  p.anxiety_from_cut_off = anxiety - map.cut_off;
  p.avoidance_from_cut_off = avoidance - map.cut_off;
  const bool high_anxiety = anxiety > map.cut_off;
  const bool high_avoidance = avoidance > map.cut_off;
  for (const AttachmentRegion& r : map.regions) {
    if (r.high_anxiety == high_anxiety && r.high_avoidance == high_avoidance) p.region = &r;
  }
  return p;
}

Result<AttachmentPlacement> place_on_map(const Instrument& instrument, const Score& score) {
  if (!instrument.attachment_map) {
    return Status::InvalidArgument(instrument.id + " has no attachment map");
  }
  const ScaleScore* anx = score.scale(instrument.attachment_map->anxiety_scale);
  const ScaleScore* avo = score.scale(instrument.attachment_map->avoidance_scale);
  if (anx == nullptr || avo == nullptr || !anx->value || !avo->value) {
    return Status::InvalidArgument("not enough answers to place this administration on the map");
  }
  return place_on_map(instrument, *anx->value, *avo->value);
}

}  // namespace refuge::instruments
