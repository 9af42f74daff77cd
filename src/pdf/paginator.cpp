#include "pdf/paginator.h"

#include <algorithm>

namespace kfl::pdf {

double BlockBox::LinesHeight(size_t from, size_t to) const {
  if (from >= to) return 0;
  const LineBox& last = lines[to - 1];
  return last.top + last.height - lines[from].top;
}

namespace {

using Kind = BlockBox::Kind;

// One run of Paginate: the current page and the place on it.
class Paginator {
 public:
  Paginator(const std::vector<BlockBox>& blocks, const PageArea& area)
      : blocks_(blocks), area_(area), y_(area.top) {}

  Pagination Run() {
    for (size_t i = 0; i < blocks_.size(); ++i) Place(i);
    return {std::move(pieces_), page_};
  }

 private:
  bool AtTop() const { return y_ <= area_.top + 0.01; }
  void NewPage() {
    ++page_;
    y_ = area_.top;
  }
  void Gap(double before) {
    if (!AtTop()) y_ += before;
  }
  double Room() const { return area_.bottom - y_; }
  void Add(size_t i, double y, size_t from = 0, size_t to = 0) {
    pieces_.push_back({i, page_, y, from, to});
  }

  // The least of block i that must come right after a heading before it.
  double MinStart(size_t i) const {
    if (i >= blocks_.size()) return 0;
    const BlockBox& b = blocks_[i];
    switch (b.kind) {
      case Kind::kHeading:
        return b.before + b.height + b.after + MinStart(i + 1);
      case Kind::kText:
        // A short text (an intro, a count) stays with what follows it too.
        if (b.lines.size() <= 2 && i + 1 < blocks_.size() &&
            blocks_[i + 1].kind != Kind::kHeading) {
          return b.LinesHeight(0, b.lines.size()) + b.after + MinStart(i + 1);
        }
        return b.LinesHeight(0, std::min<size_t>(2, b.lines.size()));
      case Kind::kFigure:
        return b.before + b.height;
      case Kind::kTable:
        return b.before + b.rows[0] + (b.rows.size() > 1 ? b.rows[1] : 0);
      case Kind::kContents:
        return b.height + (b.rows.empty() ? 0 : b.rows[0]);
      case Kind::kCover:
      case Kind::kBreak:
        return 0;
    }
    return 0;
  }

  void Place(size_t i) {
    const BlockBox& b = blocks_[i];
    switch (b.kind) {
      case Kind::kCover:
        if (page_ > 0) NewPage();
        if (page_ == 0) NewPage();
        Add(i, 0);
        NewPage();
        return;
      case Kind::kBreak:
        if (!AtTop()) NewPage();
        return;
      case Kind::kHeading: {
        if (page_ == 0) NewPage();
        const double need = b.before + b.height + b.after + MinStart(i + 1);
        if (!AtTop() && need > Room()) NewPage();
        Gap(b.before);
        Add(i, y_);
        y_ += b.height + b.after;
        return;
      }
      case Kind::kFigure: {
        if (page_ == 0) NewPage();
        if (!AtTop() && b.before + b.height > Room()) NewPage();
        Gap(b.before);
        Add(i, y_);
        y_ += b.height + b.after;
        return;
      }
      case Kind::kText:
        PlaceLines(i);
        return;
      case Kind::kTable:
        PlaceRows(i);
        return;
      case Kind::kContents:
        PlaceEntries(i);
        return;
    }
  }

  void PlaceLines(size_t i) {
    const BlockBox& b = blocks_[i];
    if (page_ == 0) NewPage();
    if (!AtTop() && b.lines.size() <= 2 && MinStart(i) > Room() &&
        MinStart(i) <= area_.bottom - area_.top) {
      NewPage();  // a short text goes with what follows it
    }
    const size_t n = b.lines.size();
    size_t from = 0;
    Gap(b.before);
    while (from < n) {
      size_t k = from;
      while (k < n && b.LinesHeight(from, k + 1) <= Room() + 0.01) ++k;
      if (k < n) {
        // Never one line alone at the bottom of a page, nor at the top when
        // two can go over (see paginator.h for the one exception).
        if (k == n - 1 && k - from > 2) --k;
        if (k - from < 2 && !AtTop()) {
          NewPage();
          continue;
        }
        if (k == from) k = from + 1;  // a line taller than the page
      }
      Add(i, y_, from, k);
      y_ += b.LinesHeight(from, k);
      from = k;
      if (from < n) NewPage();
    }
    y_ += b.after;
  }

  void PlaceRows(size_t i) {
    const BlockBox& b = blocks_[i];
    if (page_ == 0) NewPage();
    const size_t n = b.rows.size() - 1;  // without the header
    size_t from = 0;
    const double header = b.rows[0];
    const double first = n > 0 ? b.rows[1] : 0;
    if (!AtTop() && b.before + header + first > Room()) NewPage();
    Gap(b.before);
    do {
      double h = header;
      size_t k = from;
      while (k < n && h + b.rows[k + 1] <= Room() + 0.01) h += b.rows[++k];
      if (k == from && n > 0) h += b.rows[++k];  // a row taller than the page
      Add(i, y_, from, k);
      y_ += h;
      from = k;
      if (from < n) NewPage();
    } while (from < n);
    y_ += b.after;
  }

  void PlaceEntries(size_t i) {
    const BlockBox& b = blocks_[i];
    if (page_ == 0) NewPage();
    if (!AtTop()) NewPage();
    const size_t n = b.rows.size();
    size_t from = 0;
    double head = b.height;
    do {
      double h = head;
      size_t k = from;
      while (k < n && h + b.rows[k] <= Room() + 0.01) h += b.rows[k++];
      if (k == from && n > 0) h += b.rows[k++];
      Add(i, y_, from, k);
      y_ += h;
      from = k;
      head = 0;
      if (from < n) NewPage();
    } while (from < n);
    y_ += b.after;
  }

  const std::vector<BlockBox>& blocks_;
  const PageArea area_;
  std::vector<Piece> pieces_;
  int page_ = 0;
  double y_;
};

}  // namespace

Pagination Paginate(const std::vector<BlockBox>& blocks, const PageArea& area) {
  return Paginator(blocks, area).Run();
}

}  // namespace kfl::pdf
