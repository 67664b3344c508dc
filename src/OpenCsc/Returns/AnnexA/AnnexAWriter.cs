using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace OpenCsc.Returns.AnnexA;

/// <summary>A sheet to write: its name, the header row and the rows (each one cell per heading).</summary>
public sealed record AnnexASheet(string Name, IReadOnlyList<string> Headings, IAsyncEnumerable<AnnexACell[]> Rows);

/// <summary>
/// Writes Annex A workbooks: one sheet per list, the headings in row 1 in bold, then one row per record. Rows stream
/// through DocumentFormat.OpenXml's SAX-style <see cref="OpenXmlWriter"/>, so a large borough never builds a
/// worksheet DOM. Dates are numeric cells with a dd/mm/yyyy format (real Excel dates), numbers are numbers, and text
/// is written as inline strings; text a spreadsheet would run as a formula (= + - @ tab CR) is prefixed with a quote.
/// </summary>
public static class AnnexAWriter
{
    // Excel's limit on the characters in a cell.
    private const int MaxCellLength = 32_767;

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint DateFormatId = 164;

    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    /// <summary>
    /// Writes the workbook to <paramref name="output"/>. A stream that cannot seek and read (a network response)
    /// gets the workbook through a temporary file, because the zip package is written with random access. If writing
    /// fails part-way, nothing is left in the output: a workbook missing some rows must never look complete.
    /// </summary>
    public static async Task WriteAsync(Stream output, IEnumerable<AnnexASheet> sheets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sheets);
        if (output.CanSeek && output.CanRead && output.CanWrite)
        {
            long start = output.Position;
            try
            {
                await WritePackageAsync(output, sheets, cancellationToken);
            }
            catch
            {
                // Disposing the package on the way out wrote a readable zip of the part done: remove it.
                output.SetLength(start);
                throw;
            }

            return;
        }

        string path = Path.GetTempFileName();
        await using var buffer = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81_920,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await WritePackageAsync(buffer, sheets, cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>The Excel serial number of a date (days since 30 December 1899, the 1900 date system).</summary>
    public static int ToExcelSerial(DateOnly date) => date.DayNumber - ExcelEpoch.DayNumber;

    private static async Task WritePackageAsync(Stream stream, IEnumerable<AnnexASheet> sheets, CancellationToken cancellationToken)
    {
        using SpreadsheetDocument document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        WorkbookPart workbookPart = document.AddWorkbookPart();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = CreateStylesheet();
        stylesPart.Stylesheet.Save();

        var written = new List<(string Name, string PartId)>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (AnnexASheet sheet in sheets)
        {
            if (sheet.Name.Length is 0 or > 31 || sheet.Name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0 || !names.Add(sheet.Name))
            {
                throw new ArgumentException($"'{sheet.Name}' cannot name a sheet: 1-31 characters, no []:*?/\\, unique.", nameof(sheets));
            }

            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
            await WriteWorksheetAsync(worksheetPart, sheet, cancellationToken);
            written.Add((sheet.Name, workbookPart.GetIdOfPart(worksheetPart)));
        }

        var sheetList = new Sheets();
        for (int i = 0; i < written.Count; i++)
        {
            sheetList.Append(new Sheet { Name = written[i].Name, SheetId = (uint)(i + 1), Id = written[i].PartId });
        }

        workbookPart.Workbook = new Workbook(sheetList);
        workbookPart.Workbook.Save();
    }

    private static async Task WriteWorksheetAsync(WorksheetPart part, AnnexASheet sheet, CancellationToken cancellationToken)
    {
        int columnCount = sheet.Headings.Count;
        string[] columnNames = Enumerable.Range(0, columnCount).Select(ColumnName).ToArray();
        using OpenXmlWriter writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());

        // The header row stays in view while scrolling.
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        {
            WorkbookViewId = 0,
        }));

        if (columnCount > 0)
        {
            var columns = new Columns();
            for (int i = 0; i < columnCount; i++)
            {
                double width = Math.Clamp(sheet.Headings[i].Length * 0.6 + 4, 13, 40);
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
            }

            writer.WriteElement(columns);
        }

        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, columnNames, sheet.Headings.Select(h => AnnexACell.Of(h)).ToArray(), HeaderStyle);

        int rowNumber = 1;
        await foreach (AnnexACell[] cells in sheet.Rows.WithCancellation(cancellationToken))
        {
            if (cells.Length != columnCount)
            {
                throw new InvalidOperationException(
                    $"{sheet.Name} row {rowNumber + 1} has {cells.Length} cells for {columnCount} headings.");
            }

            WriteRow(writer, ++rowNumber, columnNames, cells, style: null);
        }

        writer.WriteEndElement(); // sheetData
        writer.WriteEndElement(); // worksheet
    }

    private static void WriteRow(OpenXmlWriter writer, int rowNumber, string[] columnNames, AnnexACell[] cells, uint? style)
    {
        string rowText = rowNumber.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", rowText)]);
        for (int i = 0; i < cells.Length; i++)
        {
            AnnexACell value = cells[i];
            string reference = columnNames[i] + rowText;
            switch (value.Kind)
            {
                case AnnexACellKind.Blank:
                    break;
                case AnnexACellKind.Text:
                    string text = CleanText(SpreadsheetFormulas.Escape(value.Text!));
                    var cell = new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
                    {
                        CellReference = reference,
                        DataType = CellValues.InlineString,
                    };
                    if (style is { } s)
                    {
                        cell.StyleIndex = s;
                    }

                    writer.WriteElement(cell);
                    break;
                case AnnexACellKind.Date:
                    writer.WriteElement(new Cell(new CellValue(ToExcelSerial(value.Date).ToString(CultureInfo.InvariantCulture)))
                    {
                        CellReference = reference,
                        StyleIndex = DateStyle,
                    });
                    break;
                case AnnexACellKind.Number:
                    writer.WriteElement(new Cell(new CellValue(value.Number.ToString(CultureInfo.InvariantCulture)))
                    {
                        CellReference = reference,
                    });
                    break;
                default:
                    throw new InvalidOperationException($"Unknown cell kind {value.Kind}.");
            }
        }

        writer.WriteEndElement(); // row
    }

    /// <summary>Characters XML cannot carry become U+FFFD, and text longer than Excel allows is cut, so a bad value cannot break the file.</summary>
    private static string CleanText(string text)
    {
        if (text.Length > MaxCellLength)
        {
            text = text[..MaxCellLength];
        }

        int bad = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (!IsXmlChar(text, i))
            {
                bad = i;
                break;
            }
        }

        if (bad < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text[i]).Append(text[i + 1]);
                i++;
            }
            else
            {
                clean.Append(XmlConvert.IsXmlChar(text[i]) ? text[i] : '\uFFFD');
            }
        }

        return clean.ToString();
    }

    private static bool IsXmlChar(string text, int i)
    {
        char c = text[i];
        if (XmlConvert.IsXmlChar(c))
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]);
    }

    /// <summary>0 is A, 25 Z, 26 AA.</summary>
    private static string ColumnName(int index)
    {
        string name = "";
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }

        return name;
    }

    private static Stylesheet CreateStylesheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 0,
                FontId = 1,
                FillId = 0,
                BorderId = 0,
                FormatId = 0,
                ApplyFont = true,
                ApplyAlignment = true,
            },
            new CellFormat { NumberFormatId = DateFormatId, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
