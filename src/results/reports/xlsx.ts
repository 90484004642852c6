/**
 * The report as an Excel workbook (exceljs, maintained, no native code): the same rows as the
 * CSV (Chinese headers, "合计" then one row per group), with rates stored as numbers shown as
 * percentages (84.6%), so they stay sortable and summable in Excel, plus a sheet of the main
 * reasons. Why exceljs: it writes real .xlsx (number formats, column widths, frozen header)
 * without a native build; SheetJS's npm package is no longer updated on the registry.
 */
import ExcelJS from 'exceljs';
import { CSV_COLUMNS, reportRows } from './format.js';
import type { Report } from './types.js';

export async function formatReportXlsx(r: Report): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Huifang';
  wb.created = new Date(r.generatedAt);
  const ws = wb.addWorksheet('报表');
  const rows = reportRows(r);
  const rateCols = new Set(CSV_COLUMNS.map((c, i) => (c.rate ? i + 3 : -1)).filter((i) => i >= 0));
  for (const [ri, row] of rows.entries()) {
    ws.addRow(
      row.map((cell, ci) => {
        if (ri === 0 || ci < 3 || cell === '') return cell;
        if (rateCols.has(ci)) return Number(cell.replace('%', '')) / 100;
        const n = Number(cell);
        return Number.isFinite(n) && cell.trim() !== '' ? n : cell;
      }),
    );
  }
  for (const ci of rateCols) {
    const complaint = rows[0]?.[ci] === '投诉率';
    ws.getColumn(ci + 1).numFmt = complaint ? '0.00%' : '0.0%';
  }
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  ws.columns.forEach((col, i) => {
    col.width = Math.max(10, Math.min(24, String(rows[0]?.[i] ?? '').length * 2 + 2));
  });
  const meta = wb.addWorksheet('说明');
  meta.addRows([
    ['期间', `${r.from} 至 ${r.to}`],
    ['公司', r.tenantId ?? '全部'],
    ['生成时间', `${r.generatedAtLocal}（${r.timeZone}）`],
    ['满意率', '(非常满意 + 满意) / (非常满意 + 满意 + 不满意)，004 第五十五条'],
    ['接通率', '有人接听的回访 / 已联系的回访（至少呼叫或发送一次）'],
  ]);
  meta.getColumn(1).width = 12;
  meta.getColumn(2).width = 60;
  if (r.reasons.length) {
    const rs = wb.addWorksheet('不满意原因');
    rs.addRow(['类别', '次数', '占比', '例句']);
    for (const x of r.reasons) rs.addRow([x.label.split(' ')[0] ?? x.label, x.count, x.share, x.examples.join(' / ')]);
    rs.getColumn(3).numFmt = '0.0%';
    rs.getRow(1).font = { bold: true };
    rs.getColumn(4).width = 60;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
