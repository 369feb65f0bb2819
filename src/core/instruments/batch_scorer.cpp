#include "core/instruments/batch_scorer.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "core/text/ascii.h"

namespace refuge::instruments {
namespace {

// Splits a CSV line into fields. Quoted fields ("a, ""b""") are unescaped into `scratch`, which is
// reserved up front so the views stay valid. InvalidArgument for a quote that is never closed.
Status split_fields(std::string_view line, std::vector<std::string_view>* fields,
                    std::string* scratch) {
  fields->clear();
  if (line.find('"') == std::string_view::npos) {
    std::size_t start = 0;
    while (true) {
      std::size_t comma = line.find(',', start);
      if (comma == std::string_view::npos) {
        fields->push_back(line.substr(start));
        return Status::Ok();
      }
      fields->push_back(line.substr(start, comma - start));
      start = comma + 1;
    }
  }
  scratch->clear();
  scratch->reserve(line.size());
  std::size_t i = 0;
  while (true) {
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t begin = scratch->size();
    if (i < line.size() && line[i] == '"') {
      ++i;
      while (true) {
        if (i >= line.size()) return Status::InvalidArgument("a quoted field is not closed");
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            scratch->push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        scratch->push_back(line[i++]);
      }
      while (i < line.size() && line[i] != ',') ++i;  // ignore anything after the closing quote
    } else {
      while (i < line.size() && line[i] != ',') scratch->push_back(line[i++]);
    }
    fields->push_back(std::string_view(*scratch).substr(begin, scratch->size() - begin));
    if (i >= line.size()) return Status::Ok();
    ++i;  // the comma
  }
}

bool is_missing(std::string_view v) { return v.empty() || v == "NA" || v == "na" || v == "NaN"; }

void append_csv_field(std::string_view v, std::string* out) {
  if (v.find_first_of(",\"\n\r") == std::string_view::npos) {
    out->append(v);
    return;
  }
  out->push_back('"');
  for (char c : v) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void append_json_string(std::string_view v, std::string* out) {
  out->push_back('"');
  for (char c : v) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out->push_back('\\');
      out->push_back(c);
    } else if (u < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", u);
      out->append(buf);
    } else {
      out->push_back(c);
    }
  }
  out->push_back('"');
}

void append_number(double v, std::chars_format format, int precision, std::string* out) {
  char buf[64];
  auto r = precision < 0 ? std::to_chars(buf, buf + sizeof buf, v)
                         : std::to_chars(buf, buf + sizeof buf, v, format, precision);
  out->append(buf, r.ptr);
}

}  // namespace

BatchScorer::BatchScorer(const Instrument& instrument, BatchFormat format)
    : instrument_(&instrument), scorer_(instrument), format_(format) {}

Result<BatchScorer> BatchScorer::from_header(const Instrument& instrument, std::string_view header,
                                             BatchFormat format) {
  if (header.starts_with("\xEF\xBB\xBF")) header.remove_prefix(3);  // a UTF-8 byte order mark
  if (header.ends_with('\r')) header.remove_suffix(1);
  BatchScorer b(instrument, format);
  Status s = split_fields(header, &b.fields_, &b.unquoted_);
  if (!s.ok()) return s;
  if (text::trim(b.fields_[0]) != "respondent_id") {
    return Status::InvalidArgument("the header must start with respondent_id");
  }
  std::vector<bool> seen(static_cast<std::size_t>(instrument.item_count()) + 1, false);
  for (std::size_t i = 1; i < b.fields_.size(); ++i) {
    std::string_view name = text::trim(b.fields_[i]);
    int item = 0;
    auto r = std::from_chars(name.data(), name.data() + name.size(), item);
    if (r.ec != std::errc() || r.ptr != name.data() + name.size() ||
        instrument.item(item) == nullptr) {
      return Status::InvalidArgument("column " + std::to_string(i + 1) + " is '" +
                                     std::string(name) + "', not an item number of " +
                                     instrument.id + " (1–" +
                                     std::to_string(instrument.item_count()) + ")");
    }
    if (seen[static_cast<std::size_t>(item)]) {
      return Status::InvalidArgument("item " + std::to_string(item) + " has two columns");
    }
    seen[static_cast<std::size_t>(item)] = true;
    b.column_items_.push_back(item);
  }
  for (const Item& item : instrument.items) {
    if (item.scored && !seen[static_cast<std::size_t>(item.number)]) {
      return Status::InvalidArgument("the header has no column for item " +
                                     std::to_string(item.number) + " (expected respondent_id,1,…," +
                                     std::to_string(instrument.item_count()) + ")");
    }
  }
  b.values_.assign(static_cast<std::size_t>(instrument.item_count()) + 1, Scorer::kNoAnswer);
  return b;
}

std::string BatchScorer::begin() const {
  if (format_ == BatchFormat::kJson) return "[";
  std::string h = "respondent_id";
  for (const Scale& s : instrument_->scales) h += "," + s.id;
  return h + "\n";
}

std::string BatchScorer::end() const {
  if (format_ == BatchFormat::kCsv) return "";
  return rows_written_ == 0 ? "]\n" : "\n]\n";
}

Status BatchScorer::parse_line(std::string_view line) {
  if (line.ends_with('\r')) line.remove_suffix(1);
  Status s = split_fields(line, &fields_, &unquoted_);
  if (!s.ok()) return s;
  if (fields_.size() != column_items_.size() + 1) {
    return Status::InvalidArgument("expected " + std::to_string(column_items_.size() + 1) +
                                   " fields, found " + std::to_string(fields_.size()));
  }
  std::string_view id = text::trim(fields_[0]);
  if (id.empty()) return Status::InvalidArgument("the respondent_id is empty");
  respondent_.assign(id);
  for (std::size_t c = 0; c < column_items_.size(); ++c) {
    const int item = column_items_[c];
    std::string_view v = text::trim(fields_[c + 1]);
    int& slot = values_[static_cast<std::size_t>(item)];
    if (is_missing(v)) {
      slot = Scorer::kNoAnswer;
      continue;
    }
    auto r = std::from_chars(v.data(), v.data() + v.size(), slot);
    if (r.ec != std::errc() || r.ptr != v.data() + v.size()) {
      return Status::InvalidArgument("item " + std::to_string(item) + ": '" + std::string(v) +
                                     "' is not a whole number");
    }
    const Item& it = *instrument_->item(item);
    if (slot < it.min_value() || slot > it.max_value() || it.option(slot) == nullptr) {
      return check_answer(*instrument_, item, slot);
    }
  }
  return Status::Ok();
}

Status BatchScorer::score_line(std::string_view line, std::string* out) {
  Status s = parse_line(line);
  if (!s.ok()) return s;
  scorer_.score(values_, &score_);
  if (format_ == BatchFormat::kCsv) {
    write_csv(out);
  } else {
    write_json(out);
  }
  ++rows_written_;
  return Status::Ok();
}

void BatchScorer::write_csv(std::string* out) const {
  append_csv_field(respondent_, out);
  for (const ScaleScore& s : score_.scales) {
    out->push_back(',');
    if (s.value) append_number(*s.value, std::chars_format::fixed, 4, out);
  }
  out->push_back('\n');
}

void BatchScorer::write_json(std::string* out) const {
  out->append(rows_written_ == 0 ? "\n" : ",\n");
  out->append("{\"respondent_id\":");
  append_json_string(respondent_, out);
  out->append(",\"scores\":{");
  for (std::size_t i = 0; i < score_.scales.size(); ++i) {
    const ScaleScore& s = score_.scales[i];
    if (i > 0) out->push_back(',');
    append_json_string(s.scale_id, out);
    out->append(":{\"value\":");
    if (s.value) {
      append_number(*s.value, std::chars_format::general, -1, out);
    } else {
      out->append("null");
    }
    out->append(",\"answered\":");
    out->append(std::to_string(s.answered));
    out->append(",\"items\":");
    out->append(std::to_string(s.item_count));
    out->append(s.prorated ? ",\"prorated\":true" : ",\"prorated\":false");
    if (!s.band.empty()) {
      out->append(",\"band\":");
      append_json_string(s.band, out);
    }
    out->push_back('}');
  }
  out->append("},\"risks\":[");
  for (std::size_t i = 0; i < score_.risks.size(); ++i) {
    if (i > 0) out->push_back(',');
    append_json_string(score_.risks[i].id, out);
  }
  out->append("]}");
}

}  // namespace refuge::instruments
