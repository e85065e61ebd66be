#include "test_support.h"

#include "export/cairo_backend.h"
#include "export/pdf_document.h"

#include <cairo.h>
#include <hb.h>
#include <iconv.h>
#include <jpeglib.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace banmian::exporter::test {

display::GlyphRun shapeRun(const display::FontFace& face, int font, const std::string& text, double size,
                           Point origin) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(face.file.c_str());
  if (!blob) throw std::runtime_error("cannot read " + face.file);
  hb_face_t* hface = hb_face_create(blob, face.index);
  hb_font_t* hfont = hb_font_create(hface);
  double upem = hb_face_get_upem(hface);
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0, -1);
  hb_buffer_guess_segment_properties(buf);
  hb_shape(hfont, buf, nullptr, 0);
  unsigned n = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
  display::GlyphRun run;
  run.font = font, run.size = size, run.origin = origin, run.text = text;
  double pen = 0, k = size / upem;
  for (unsigned i = 0; i < n; ++i) {
    run.glyphs.push_back({info[i].codepoint, pen + pos[i].x_offset * k, -pos[i].y_offset * k});
    pen += pos[i].x_advance * k;
    // Glyphs are in text order (LTR); a new cluster starts where the byte offset changes.
    if (i == 0 || info[i].cluster != info[i - 1].cluster) {
      unsigned end = text.size();
      for (unsigned j = i + 1; j < n; ++j)
        if (info[j].cluster != info[i].cluster) {
          end = info[j].cluster;
          break;
        }
      run.clusters.push_back({static_cast<int>(end - info[i].cluster), 0});
    }
    run.clusters.back().glyphs++;
  }
  hb_buffer_destroy(buf);
  hb_font_destroy(hfont);
  hb_face_destroy(hface);
  hb_blob_destroy(blob);
  return run;
}

display::Page& addTextPage(display::Document& doc, const display::FontFace& face, const std::string& text,
                           double size, double width, double height) {
  int font = doc.internFont(face);
  display::Page page;
  page.width = width, page.height = height;
  page.items.push_back(shapeRun(face, font, text, size, {36, 72}));
  doc.pages.push_back(std::move(page));
  return doc.pages.back();
}

std::string commonHanzi(int n) {
  std::string gb;
  for (int hi = 0xB0; hi <= 0xF7 && static_cast<int>(gb.size()) < 2 * n; ++hi)
    for (int lo = 0xA1; lo <= 0xFE && static_cast<int>(gb.size()) < 2 * n; ++lo) {
      if (hi == 0xD7 && lo > 0xF9) continue;  // the unassigned end of level 1
      gb += static_cast<char>(hi), gb += static_cast<char>(lo);
    }
  iconv_t cd = iconv_open("UTF-8", "GB2312");
  std::string out(gb.size() * 2, '\0');
  char* in = gb.data();
  char* o = out.data();
  size_t inLeft = gb.size(), outLeft = out.size();
  iconv(cd, &in, &inLeft, &o, &outLeft);
  iconv_close(cd);
  out.resize(out.size() - outLeft);
  return out;
}

void writeTestJpeg(const std::string& path, int width, int height) {
  FILE* f = fopen(path.c_str(), "wb");
  if (!f) throw std::runtime_error("cannot write " + path);
  jpeg_compress_struct cinfo;
  jpeg_error_mgr err;
  cinfo.err = jpeg_std_error(&err);
  jpeg_create_compress(&cinfo);
  jpeg_stdio_dest(&cinfo, f);
  cinfo.image_width = width, cinfo.image_height = height;
  cinfo.input_components = 3, cinfo.in_color_space = JCS_RGB;
  jpeg_set_defaults(&cinfo);
  jpeg_set_quality(&cinfo, 80, TRUE);
  jpeg_start_compress(&cinfo, TRUE);
  std::vector<JSAMPLE> row(width * 3);
  while (cinfo.next_scanline < cinfo.image_height) {
    for (int x = 0; x < width; ++x)
      row[3 * x] = row[3 * x + 1] = row[3 * x + 2] = static_cast<JSAMPLE>(255 * x / width);
    JSAMPROW rows[1] = {row.data()};
    jpeg_write_scanlines(&cinfo, rows, 1);
  }
  jpeg_finish_compress(&cinfo);
  jpeg_destroy_compress(&cinfo);
  fclose(f);
}

void writeTestPng(const std::string& path, int width, int height, double r, double g, double b) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
  cairo_t* cr = cairo_create(s);
  cairo_set_source_rgb(cr, r, g, b);
  cairo_paint(cr);
  cairo_destroy(cr);
  cairo_surface_write_to_png(s, path.c_str());
  cairo_surface_destroy(s);
}

void writeWith(PdfWriter writer, const display::Document& doc, const std::string& path) {
  if (writer == PdfWriter::Cairo)
    writePdf(doc, path);
  else
    pdf::writeDocument(doc, path);
}

std::string writerName(const ::testing::TestParamInfo<PdfWriter>& info) {
  return info.param == PdfWriter::Cairo ? "Cairo" : "Native";
}

}  // namespace banmian::exporter::test
