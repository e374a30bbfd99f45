package org.gongkai.annualreport;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the report's tables as the format prints it: rows of cells, header cells merged across columns and rows.
 * Every output (HTML, DOCX, PDF, XLSX) draws the same grid, so they cannot differ.
 */
public record ReportTable(String caption, int columns, List<List<Cell>> rows) {

	/**
	 * A cell spanning {@code colspan} columns and {@code rowspan} rows; headers are labels, the rest figures, each
	 * named by its code ({@link TypedFigures#CODES}; null for a label).
	 */
	public record Cell(String text, int colspan, int rowspan, boolean header, String code) {

		static Cell label(String text) {
			return new Cell(text, 1, 1, true, null);
		}

		static Cell label(String text, int colspan, int rowspan) {
			return new Cell(text, colspan, rowspan, true, null);
		}

		static Cell figure(String code, Object value) {
			return new Cell(String.valueOf(value), 1, 1, false, code);
		}

		static Cell figure(String code, Object value, int colspan) {
			return new Cell(String.valueOf(value), colspan, 1, false, code);
		}

	}

	/** The grid with each merged cell's position: the column it starts in for every row. */
	public List<List<Placed>> placed() {
		List<List<Placed>> result = new ArrayList<>();
		boolean[][] taken = new boolean[rows.size()][columns];
		for (int r = 0; r < rows.size(); r++) {
			List<Placed> row = new ArrayList<>();
			int column = 0;
			for (Cell cell : rows.get(r)) {
				while (column < columns && taken[r][column]) {
					column++;
				}
				for (int dr = 0; dr < cell.rowspan(); dr++) {
					for (int dc = 0; dc < cell.colspan(); dc++) {
						taken[r + dr][column + dc] = true;
					}
				}
				row.add(new Placed(cell, r, column));
				column += cell.colspan();
			}
			result.add(row);
		}
		return result;
	}

	/** A cell at its row and first column. */
	public record Placed(Cell cell, int row, int column) {
	}

}
