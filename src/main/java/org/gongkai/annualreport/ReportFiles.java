package org.gongkai.annualreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.platform.PdfLogging;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The files an agency files and prints: PDF (A4, the bundled TrueType CJK font, rendered from the one HTML layout),
 * DOCX (A4, tables with merged header cells: gridSpan across, vMerge down) and XLSX (the three tables with their
 * merged regions).
 */
public final class ReportFiles {

	static final String PDF_STYLE = """
			@page { size: A4; margin: 25mm 20mm; }
			body { font-family: 'cjk'; font-size: 11pt; line-height: 1.6; }
			h1 { font-size: 18pt; text-align: center; }
			h2 { font-size: 13pt; margin: 12pt 0 6pt; }
			p { text-indent: 2em; margin: 0 0 4pt; }
			table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 8.5pt; }
			caption { display: none; }
			th, td { border: 0.5pt solid #000; padding: 2pt; text-align: center; font-weight: normal; }
			""";

	private ReportFiles() {
	}

	public static byte[] pdf(AnnualReport report) {
		PdfLogging.install();
		String html = "<html><head><meta charset=\"utf-8\"><title>" + org.jsoup.nodes.Entities.escape(report.title())
				+ "</title><style>" + PDF_STYLE + "</style></head><body><h1>"
				+ org.jsoup.nodes.Entities.escape(report.title()) + "</h1>" + ReportHtml.body(report) + "</body></html>";
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> ReportFiles.class.getResourceAsStream("/fonts/DroidSansFallbackFull.ttf"), "cjk");
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot render the annual report as PDF", e);
		}
	}

	public static byte[] docx(AnnualReport report) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CTSectPr section = document.getDocument().getBody().addNewSectPr();
			section.addNewPgSz().setW(BigInteger.valueOf(11906));
			section.getPgSz().setH(BigInteger.valueOf(16838));
			paragraph(document, report.title(), ParagraphAlignment.CENTER, 22, true);
			Narrative n = report.filled();
			List<String> sections = List.of(n.overview(), n.proactiveNote(), n.requestsNote(), n.appealsNote(),
					n.problems(), n.other());
			List<ReportTable> tables = report.tables();
			Narrative.paragraphs(n.preamble()).forEach(p -> paragraph(document, p, ParagraphAlignment.BOTH, 14, false));
			for (int i = 0; i < sections.size(); i++) {
				paragraph(document, ReportHtml.HEADINGS.get(i), ParagraphAlignment.LEFT, 16, true);
				Narrative.paragraphs(sections.get(i))
					.forEach(p -> paragraph(document, p, ParagraphAlignment.BOTH, 14, false));
				if (i >= 1 && i <= 3) {
					table(document, tables.get(i - 1));
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot render the annual report as DOCX", e);
		}
	}

	private static void table(XWPFDocument document, ReportTable table) {
		XWPFTable t = document.createTable();
		ReportTable.Placed[][] origin = origins(table);
		for (int r = 0; r < table.rows().size(); r++) {
			XWPFTableRow row = t.insertNewTableRow(r + 1);
			int c = 0;
			while (c < table.columns()) {
				ReportTable.Placed placed = origin[r][c];
				XWPFTableCell cell = row.createCell();
				CTTcPr properties = cell.getCTTc().addNewTcPr();
				ReportTable.Cell merged = placed.cell();
				if (merged.colspan() > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(merged.colspan()));
				}
				if (placed.row() == r) {
					cell.setText(merged.text());
					if (merged.rowspan() > 1) {
						properties.addNewVMerge().setVal(STMerge.RESTART);
					}
				}
				else {
					properties.addNewVMerge().setVal(STMerge.CONTINUE);
				}
				c += merged.colspan();
			}
		}
		t.removeRow(0);
	}

	/** For each row and column of the grid, the merged cell that covers it. */
	static ReportTable.Placed[][] origins(ReportTable table) {
		ReportTable.Placed[][] origin = new ReportTable.Placed[table.rows().size()][table.columns()];
		for (List<ReportTable.Placed> row : table.placed()) {
			for (ReportTable.Placed placed : row) {
				for (int dr = 0; dr < placed.cell().rowspan(); dr++) {
					for (int dc = 0; dc < placed.cell().colspan(); dc++) {
						origin[placed.row() + dr][placed.column() + dc] = placed;
					}
				}
			}
		}
		return origin;
	}

	private static void paragraph(XWPFDocument document, String text, ParagraphAlignment alignment, int size,
			boolean bold) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontSize(size);
		run.setFontFamily(bold ? "黑体" : "仿宋_GB2312", XWPFRun.FontCharRange.eastAsia);
	}

	/** The three tables on one sheet, one below the other, with their merged regions. */
	public static byte[] xlsx(AnnualReport report) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(report.year() + "年度报告");
			CellStyle style = workbook.createCellStyle();
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(true);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			int top = 0;
			sheet.createRow(top++).createCell(0).setCellValue(report.title());
			for (ReportTable table : report.tables()) {
				sheet.createRow(top++).createCell(0).setCellValue(table.caption());
				for (int r = 0; r < table.rows().size(); r++) {
					Row row = sheet.createRow(top + r);
					for (int c = 0; c < table.columns(); c++) {
						row.createCell(c).setCellStyle(style);
					}
				}
				for (List<ReportTable.Placed> placedRow : table.placed()) {
					for (ReportTable.Placed placed : placedRow) {
						ReportTable.Cell cell = placed.cell();
						org.apache.poi.ss.usermodel.Cell target = sheet.getRow(top + placed.row())
							.getCell(placed.column());
						if (cell.header()) {
							target.setCellValue(cell.text());
						}
						else {
							target.setCellValue(Double.parseDouble(cell.text()));
						}
						if (cell.colspan() > 1 || cell.rowspan() > 1) {
							sheet.addMergedRegion(new CellRangeAddress(top + placed.row(),
									top + placed.row() + cell.rowspan() - 1, placed.column(),
									placed.column() + cell.colspan() - 1));
						}
					}
				}
				top += table.rows().size() + 1;
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("cannot render the annual report as XLSX", e);
		}
	}

}
