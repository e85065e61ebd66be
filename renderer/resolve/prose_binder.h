#pragma once
// Prose that quotes a metric: `增长{{gdp.growth|unit}}` reads "增长0.5%". The loader keeps the braces as
// written; this replaces them with the metric's value formatted as asked (base/number_format.h), so a
// sentence can never disagree with the chart drawn from the same metric. Text templates of the layout
// (running heads, folios) also quote the data's `publication:` and the page numbers.
#include <map>
#include <string>

#include "base/source_location.h"
#include "load/model.h"
#include "resolve/metric_table.h"

namespace banmian::resolve {

// What a binding may name: metrics by id, `publication.paper|date|edition|section`, and in layout
// templates `fields.NAME` and `page` and `pages`, which are left as written for compose to fill in.
class BindingScope {
 public:
  // Implicit: a metric table alone is the scope of prose.
  BindingScope(const MetricTable& metrics, const model::Publication* publication = nullptr,
               bool page_numbers = false, const std::map<std::string, model::Field>* fields = nullptr,
               const ChangeWording* wording = nullptr)
      : metrics_(metrics), publication_(publication), page_numbers_(page_numbers), fields_(fields), wording_(wording) {}

  // The text `{{id|format}}` stands for.
  std::string value(const std::string& id, const std::string& format, const SourceLocation& where) const;

 private:
  std::string publicationValue(const std::string& key, const std::string& format, const SourceLocation& where) const;

  const MetricTable& metrics_;
  const model::Publication* publication_;
  bool page_numbers_;
  const std::map<std::string, model::Field>* fields_;  // `fields.NAME`, in layout templates
  const ChangeWording* wording_;                       // the layout's, for trend and pp
};

// Replaces every {{id}} and {{id|format}} in the data's stories, fields and figure captions. Unknown
// metrics and formats are InputErrors at the reference.
void bindProse(model::Document& document, const ChangeWording& wording = {});

// One run of text; `where` is where `text` starts (errors point at the reference within it).
std::string bindText(const std::string& text, const BindingScope& scope, const SourceLocation& where);

// A metric's value as a binding or a chart label writes it; `format` is a NumberFormat spec.
std::string formatMetric(const model::Metric& metric, const std::string& format, const SourceLocation& where,
                         const ChangeWording& wording = {});

}  // namespace banmian::resolve
