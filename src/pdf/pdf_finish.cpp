#include "pdf/pdf_finish.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <stdexcept>

namespace kfl {
namespace {

// Calls `figure` for every Figure structure element under `node` (a
// structure element, an array of kids or a marked-content reference), in
// the order of the structure tree, which is the order of drawing.
template <typename F>
void ForEachFigure(QPDFObjectHandle node, F& figure, int depth = 0) {
  if (depth > 64) throw std::runtime_error("qpdf: /StructTreeRoot depth > 64");
  if (node.isArray()) {
    for (QPDFObjectHandle kid : node.aitems()) ForEachFigure(kid, figure, depth + 1);
    return;
  }
  if (!node.isDictionary()) return;  // a marked-content id
  if (node.getKey("/S").isNameAndEquals("/Figure")) figure(node);
  if (node.hasKey("/K")) ForEachFigure(node.getKey("/K"), figure, depth + 1);
}

}  // namespace

std::string FinishPdf(const std::string& pdf, const PdfFinish& finish) {
  try {
    QPDF q;
    q.setSuppressWarnings(true);
    q.processMemoryFile("kfl.pdf", pdf.data(), pdf.size());
    QPDFObjectHandle root = q.getRoot();
    if (!finish.lang.empty()) {
      root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(finish.lang));
    }
    QPDFObjectHandle prefs = QPDFObjectHandle::newDictionary();
    prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    root.replaceKey("/ViewerPreferences", prefs);

    for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(q).getAllPages()) {
      QPDFObjectHandle oh = page.getObjectHandle();
      QPDFObjectHandle annots = oh.getKey("/Annots");
      if (annots.isArray() && annots.getArrayNItems() > 0) {
        oh.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
      }
    }

    size_t figures = 0;
    auto alt = [&](QPDFObjectHandle element) {
      if (figures < finish.figure_alts.size()) {
        element.replaceKey("/Alt",
                           QPDFObjectHandle::newUnicodeString(finish.figure_alts[figures]));
      }
      ++figures;
    };
    QPDFObjectHandle tree = root.getKey("/StructTreeRoot");
    if (tree.isDictionary()) ForEachFigure(tree.getKey("/K"), alt);
    if (figures != finish.figure_alts.size()) {
      throw std::runtime_error("qpdf: /Figure " + std::to_string(figures) + " != /Alt " +
                               std::to_string(finish.figure_alts.size()));
    }

    QPDFWriter w(q);
    w.setOutputMemory();
    w.setDeterministicID(true);
    w.setObjectStreamMode(qpdf_o_preserve);
    w.setStreamDataMode(qpdf_s_preserve);
    w.write();
    std::shared_ptr<Buffer> out = w.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(out->getBuffer()), out->getSize());
  } catch (const QPDFExc& e) {
    throw std::runtime_error(std::string("qpdf: ") + e.what());
  }
}

}  // namespace kfl
