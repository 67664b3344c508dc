using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace OpenCsc.IntegrationTests.Returns.AnnexA;

/// <summary>One cell read back: its text (inline or shared string), or its number, and whether its style formats a date.</summary>
internal sealed record ReadCell(string? Text, double? Number, bool IsDateFormatted, bool IsBold, bool HasFormula = false)
{
    public DateOnly? Date => Number is { } n && IsDateFormatted ? DateOnly.FromDateTime(DateTime.FromOADate(n)) : null;
}

/// <summary>A sheet read back: the header row, and the rows below it keyed by heading.</summary>
internal sealed record ReadSheet(string Name, IReadOnlyList<ReadCell> Header, IReadOnlyList<IReadOnlyDictionary<string, ReadCell>> Rows)
{
    public IReadOnlyList<string?> Headings => Header.Select(h => h.Text).ToList();

    public IReadOnlyList<IReadOnlyDictionary<string, ReadCell>> RowsFor(string childId) =>
        Rows.Where(r => r.TryGetValue(Headings[0]!, out ReadCell? id) && id.Text == childId).ToList();

    public IReadOnlyDictionary<string, ReadCell> SingleRowFor(string childId) => Assert.Single(RowsFor(childId));
}

/// <summary>Reads an xlsx with DocumentFormat.OpenXml, as a user's spreadsheet program would see it.</summary>
internal static class AnnexAWorkbook
{
    public static IReadOnlyList<ReadSheet> Read(Stream xlsx)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        WorkbookPart workbook = document.WorkbookPart!;
        var sharedStrings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        Stylesheet styles = workbook.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = styles.Fonts!.Elements<Font>().ToList();
        var customFormats = styles.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];

        var sheets = new List<ReadSheet>();
        foreach (Sheet sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var rows = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            Assert.NotEmpty(rows);
            var header = ReadRow(rows[0]);
            var headings = header.Values.ToList();
            var body = rows.Skip(1)
                .Select(row => ReadRow(row))
                .Select(cells => (IReadOnlyDictionary<string, ReadCell>)cells
                    .ToDictionary(c => headings[c.Key].Text!, c => c.Value))
                .ToList();
            sheets.Add(new ReadSheet(sheet.Name!.Value!, headings, body));
        }

        return sheets;

        SortedDictionary<int, ReadCell> ReadRow(Row row)
        {
            var cells = new SortedDictionary<int, ReadCell>();
            foreach (Cell cell in row.Elements<Cell>())
            {
                int column = ColumnIndex(cell.CellReference!.Value!);
                CellFormat format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
                uint numberFormat = format.NumberFormatId?.Value ?? 0;
                bool isDate = numberFormat is 14 or (>= 15 and <= 22)
                    || (customFormats.TryGetValue(numberFormat, out string? code) && code.Contains("yy", StringComparison.OrdinalIgnoreCase));
                bool isBold = fonts[(int)(format.FontId?.Value ?? 0)].Bold is not null;
                string? type = cell.DataType?.InnerText;
                ReadCell value = type switch
                {
                    "inlineStr" => new ReadCell(cell.InlineString!.InnerText, null, isDate, isBold),
                    "s" => new ReadCell(sharedStrings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)], null, isDate, isBold),
                    "str" => new ReadCell(cell.CellValue?.Text, null, isDate, isBold),
                    null or "n" => new ReadCell(null, double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture), isDate, isBold),
                    _ => throw new InvalidOperationException($"Unexpected cell type {type} in {cell.CellReference}."),
                };
                cells[column] = value with { HasFormula = cell.CellFormula is not null };
            }

            return cells;
        }
    }

    /// <summary>Problems the Open XML SDK's schema validator finds in the package (none for a file Excel opens cleanly).</summary>
    public static IReadOnlyList<string> Validate(Stream xlsx)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        return new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    private static int ColumnIndex(string reference)
    {
        int index = 0;
        foreach (char c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (c - 'A' + 1);
        }

        return index - 1;
    }
}
