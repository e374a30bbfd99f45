package org.gongkai.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.gongkai.platform.DomainException;

/**
 * Service items from an XLSX workbook, as agencies keep their 办事指南 lists: the first sheet, a header row naming the
 * columns (the JSON import's field names or their Chinese labels, in any order), then one item a row; materials one a
 * line within their cell, FAQ as "问：" / "答：" lines. Row n of the sheet is item [n - 2] in the import's errors.
 */
public final class ServiceItemWorkbook {

	/** Column headings accepted for each field. */
	static final Map<String, String> HEADINGS = Map.ofEntries(Map.entry("事项编码", "code"), Map.entry("事项名称", "name"),
			Map.entry("实施部门", "department"), Map.entry("设定依据", "basis"), Map.entry("申请条件", "conditions"),
			Map.entry("申请材料", "materials"), Map.entry("办理流程", "process"), Map.entry("办理时限", "timeLimit"),
			Map.entry("收费标准", "fee"), Map.entry("办理地点", "location"), Map.entry("办理时间", "hours"),
			Map.entry("咨询电话", "phone"), Map.entry("常见问题", "faq"));

	private ServiceItemWorkbook() {
	}

	public static List<ServiceItem> read(InputStream xlsx) {
		try (Workbook workbook = WorkbookFactory.create(xlsx)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			Row header = sheet.getRow(sheet.getFirstRowNum());
			if (header == null) {
				throw DomainException.invalid("file", "assistant.import.noHeader");
			}
			Map<String, Integer> columns = new HashMap<>();
			for (Cell cell : header) {
				String heading = formatter.formatCellValue(cell).strip();
				columns.put(HEADINGS.getOrDefault(heading, heading), cell.getColumnIndex());
			}
			if (!columns.containsKey("code") || !columns.containsKey("name")) {
				throw DomainException.invalid("file", "assistant.import.noHeader");
			}
			List<ServiceItem> items = new ArrayList<>();
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || formatter.formatCellValue(row.getCell(columns.get("code"))).isBlank()
						&& formatter.formatCellValue(row.getCell(columns.get("name"))).isBlank()) {
					continue;
				}
				java.util.function.Function<String, String> cell = field -> columns.containsKey(field)
						? formatter.formatCellValue(row.getCell(columns.get(field))) : null;
				items.add(new ServiceItem(cell.apply("code"), cell.apply("name"), cell.apply("department"),
						cell.apply("basis"), cell.apply("conditions"), ServiceItem.lines(cell.apply("materials")),
						cell.apply("process"), cell.apply("timeLimit"), cell.apply("fee"), cell.apply("location"),
						cell.apply("hours"), cell.apply("phone"), ServiceItem.Faq.parse(cell.apply("faq"))));
			}
			return items;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof DomainException domain) {
				throw domain;
			}
			throw DomainException.invalid("file", "assistant.import.unreadable");
		}
	}

}
