// Renders a page into memory through the installed libbanmian: consumer LAYOUT DATA. Exit status 0 when
// the bytes are a PDF and a missing layout is a banmian::Error that names it.
#include <banmian/banmian.h>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) return 2;
  banmian::RenderOptions options;
  options.layout = argv[1];
  options.data = argv[2];
  const banmian::Result result = banmian::renderPdf(options);
  if (result.pdf.rfind("%PDF-", 0) != 0 || result.pages != 1) {
    std::cerr << "not a one-page PDF: " << result.pdf.size() << " bytes, " << result.pages << " pages\n";
    return 1;
  }
  options.layout = "no-such-layout.yaml";
  try {
    banmian::renderPdf(options);
    std::cerr << "a missing layout was not an error\n";
    return 1;
  } catch (const banmian::Error& e) {
    if (e.kind() != banmian::Error::Kind::Input || e.file() != options.layout) {
      std::cerr << "the error does not name the layout: " << e.what() << "\n";
      return 1;
    }
  }
  std::cout << "banmian " << banmian::version() << ": " << result.pdf.size() << " bytes of PDF\n";
  return 0;
}
