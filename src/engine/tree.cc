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

  // The nodes are made once, in report order, and put in tree order in place: a large report's
  // figures are never held twice.
  std::vector<TreeNode> build() {
    collect();
    const std::size_t indicators = nodes_.size();
    link();
    std::uint32_t key = 0;  // the key indicators are the first nodes, in report order
    for (const ObjectiveResult& objective : results_.objectives) {
      TreeNode node;
      node.objective = objective.objective;
      node.objective_result = &objective;
      order_.push_back(static_cast<std::uint32_t>(nodes_.size()));
      nodes_.push_back(std::move(node));
      for (std::size_t k = 0; k < objective.indicators.size(); ++k)
        visit(key++, 1, &objective.objective->id);
    }
    for (std::uint32_t i = 0; i < indicators; ++i) {
      if (nodes_[i].level != TreeLevel::kKey && parent_[i] == kNone) visit(i, 0, nullptr);
    }
    arrange();
    return std::move(nodes_);
  }

 private:
  void add(IndicatorResult result, TreeLevel level) {
    TreeNode node;
    node.indicator = std::move(result);
    node.level = level;
    nodes_.push_back(std::move(node));
  }

  // Every indicator with its figures, in report order: the key indicators first.
  void collect() {
    for (const ObjectiveResult& objective : results_.objectives) {
      for (const IndicatorResult& result : objective.indicators)
        add(result, TreeLevel::kKey);
    }
    const Settings& settings = *results_.settings;
    for (std::size_t p = 0; p < report_.programs.size(); ++p) {
      const Program& program = report_.programs[p];
      for (const IndicatorResult& result : results_.programs[p].indicators)
        add(result, TreeLevel::kProgram);
      for (const Activity& activity : program.activities) {
        for (IndicatorResult& result :
             evaluate_indicators(activity.indicators, settings, results_.traces))
          add(std::move(result), TreeLevel::kActivity);
        for (const SubActivity& sub : activity.sub_activities) {
          for (IndicatorResult& result :
               evaluate_indicators(sub.indicators, settings, results_.traces))
            add(std::move(result), TreeLevel::kSubActivity);
        }
      }
    }
  }

  const CompactString& id_of(std::uint32_t i) const { return nodes_[i].indicator.indicator->id; }

  // Each indicator's parent (the one it supports, one level up) and each one's children, in
  // report order.
  void link() {
    const auto count = static_cast<std::uint32_t>(nodes_.size());
    std::vector<std::uint32_t> by_id(count);
    for (std::uint32_t i = 0; i < count; ++i)
      by_id[i] = i;
    std::stable_sort(by_id.begin(), by_id.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return id_of(a) < id_of(b); });
    parent_.assign(count, kNone);
    first_child_.assign(count + 1, 0);
    for (std::uint32_t i = 0; i < count; ++i) {
      const TreeNode& node = nodes_[i];
      const CompactString& supports = node.indicator.indicator->supports;
      if (supports.empty() || node.level == TreeLevel::kKey) continue;
      const auto above = static_cast<TreeLevel>(static_cast<int>(node.level) - 1);
      auto at = std::lower_bound(
          by_id.begin(), by_id.end(), std::string_view(supports),
          [&](std::uint32_t j, std::string_view id) { return std::string_view(id_of(j)) < id; });
      for (; at != by_id.end() && id_of(*at) == supports; ++at) {
        if (nodes_[*at].level == above) {
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
    for (std::uint32_t i = 0; i < count; ++i) {
      if (parent_[i] != kNone) children_[next[parent_[i]]++] = i;
    }
  }

  void visit(std::uint32_t i, int depth, const CompactString* parent_id) {
    nodes_[i].depth = depth;
    nodes_[i].parent_id = parent_id;
    order_.push_back(i);
    for (std::uint32_t c = first_child_[i]; c < first_child_[i + 1]; ++c)
      visit(children_[c], depth + 1, &id_of(i));
  }

  // Puts node order_[k] at k, in place, one cycle of the permutation at a time.
  void arrange() {
    std::vector<bool> placed(nodes_.size(), false);
    for (std::uint32_t start = 0; start < nodes_.size(); ++start) {
      if (placed[start]) continue;
      TreeNode held = std::move(nodes_[start]);
      std::uint32_t at = start;
      while (order_[at] != start) {
        nodes_[at] = std::move(nodes_[order_[at]]);
        placed[at] = true;
        at = order_[at];
      }
      nodes_[at] = std::move(held);
      placed[at] = true;
    }
  }

  const PerformanceReport& report_;
  const Results& results_;
  std::vector<TreeNode> nodes_;
  std::vector<std::uint32_t> order_;  // the nodes in tree order
  std::vector<std::uint32_t> parent_;
  std::vector<std::uint32_t> first_child_;  // children of i: children_[first_child_[i] ..
  std::vector<std::uint32_t> children_;     // first_child_[i + 1])
};

}  // namespace

std::vector<TreeNode> evaluate_tree(const PerformanceReport& report, const Results& results) {
  return TreeBuilder(report, results).build();
}

}  // namespace lkjip
