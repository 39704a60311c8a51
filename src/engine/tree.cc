// The performance tree (pohon kinerja, PermenPANRB 89/2021): each indicator under the one it
// supports, one level up, with the figures evaluate() makes of it. No formula of its own.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <string_view>

#include "lkjip/engine.h"

namespace lkjip {
namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();

class TreeBuilder {
 public:
  TreeBuilder(const PerformanceReport& report, const Results& results)
      : report_(report), results_(results) {}

  std::vector<TreeNode> build() {
    collect();
    link();
    std::uint32_t key = 0;  // the key indicators are the first entries, in report order
    for (const ObjectiveResult& objective : results_.objectives) {
      TreeNode node;
      node.objective = objective.objective;
      node.objective_result = &objective;
      nodes_.push_back(std::move(node));
      for (std::size_t k = 0; k < objective.indicators.size(); ++k)
        visit(key++, 1, &objective.objective->id);
    }
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
      if (entries_[i].level != TreeLevel::kKey && parent_[i] == kNone) visit(i, 0, nullptr);
    }
    return std::move(nodes_);
  }

 private:
  struct Entry {
    IndicatorResult result;
    TreeLevel level;
  };

  // Every indicator with its figures, in report order: the key indicators first.
  void collect() {
    for (const ObjectiveResult& objective : results_.objectives) {
      for (const IndicatorResult& result : objective.indicators)
        entries_.push_back(Entry{result, TreeLevel::kKey});
    }
    const Settings& settings = *results_.settings;
    for (std::size_t p = 0; p < report_.programs.size(); ++p) {
      const Program& program = report_.programs[p];
      for (const IndicatorResult& result : results_.programs[p].indicators)
        entries_.push_back(Entry{result, TreeLevel::kProgram});
      for (const Activity& activity : program.activities) {
        for (IndicatorResult& result :
             evaluate_indicators(activity.indicators, settings, results_.traces))
          entries_.push_back(Entry{std::move(result), TreeLevel::kActivity});
        for (const SubActivity& sub : activity.sub_activities) {
          for (IndicatorResult& result :
               evaluate_indicators(sub.indicators, settings, results_.traces))
            entries_.push_back(Entry{std::move(result), TreeLevel::kSubActivity});
        }
      }
    }
  }

  // Each indicator's parent (the one it supports, one level up) and each one's children, in
  // report order.
  void link() {
    std::vector<std::uint32_t> by_id(entries_.size());
    for (std::uint32_t i = 0; i < by_id.size(); ++i)
      by_id[i] = i;
    std::stable_sort(by_id.begin(), by_id.end(), [&](std::uint32_t a, std::uint32_t b) {
      return entries_[a].result.indicator->id < entries_[b].result.indicator->id;
    });
    parent_.assign(entries_.size(), kNone);
    first_child_.assign(entries_.size() + 1, 0);
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
      const Entry& entry = entries_[i];
      const std::string& supports = entry.result.indicator->supports;
      if (supports.empty() || entry.level == TreeLevel::kKey) continue;
      const auto above = static_cast<TreeLevel>(static_cast<int>(entry.level) - 1);
      auto at = std::lower_bound(by_id.begin(), by_id.end(), std::string_view(supports),
                                 [&](std::uint32_t j, std::string_view id) {
                                   return entries_[j].result.indicator->id < id;
                                 });
      for (; at != by_id.end() && entries_[*at].result.indicator->id == supports; ++at) {
        if (entries_[*at].level == above) {
          parent_[i] = *at;
          ++first_child_[*at + 1];
          break;
        }
      }
    }
    for (std::size_t i = 1; i < first_child_.size(); ++i)
      first_child_[i] += first_child_[i - 1];
    children_.resize(first_child_.back());
    std::vector<std::uint32_t> next(first_child_.begin(), first_child_.end() - 1);
    for (std::uint32_t i = 0; i < entries_.size(); ++i) {
      if (parent_[i] != kNone) children_[next[parent_[i]]++] = i;
    }
  }

  void visit(std::uint32_t i, int depth, const std::string* parent_id) {
    TreeNode node;
    node.indicator = std::move(entries_[i].result);
    node.level = entries_[i].level;
    node.depth = depth;
    node.parent_id = parent_id;
    const std::string* id = &node.indicator.indicator->id;
    nodes_.push_back(std::move(node));
    for (std::uint32_t c = first_child_[i]; c < first_child_[i + 1]; ++c)
      visit(children_[c], depth + 1, id);
  }

  const PerformanceReport& report_;
  const Results& results_;
  std::vector<Entry> entries_;
  std::vector<std::uint32_t> parent_;
  std::vector<std::uint32_t> first_child_;  // children of i: children_[first_child_[i] ..
  std::vector<std::uint32_t> children_;     // first_child_[i + 1])
  std::vector<TreeNode> nodes_;
};

}  // namespace

std::vector<TreeNode> evaluate_tree(const PerformanceReport& report, const Results& results) {
  return TreeBuilder(report, results).build();
}

}  // namespace lkjip
