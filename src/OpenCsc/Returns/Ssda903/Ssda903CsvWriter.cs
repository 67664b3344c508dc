using System.Globalization;
using System.Text;

namespace OpenCsc.Returns.Ssda903;

/// <summary>
/// Writes SSDA903 tables as the DfE's CSV files: the year's column set and header names exactly, dates
/// dd/mm/YYYY, 0/1 for yes/no, UTF-8 without a byte order mark, CRLF line ends (RFC 4180, and what Excel
/// writes), quotes only where a value needs them. A value a spreadsheet would run as a formula (starting with
/// = + - @ or a tab or carriage return) is written with a leading single quote, so opening the file never runs
/// it; no DfE code or identifier starts with those characters, so such a value is bad data either way and the
/// DfE's validation will query it. SEX is written in the year's coding (1/2 before 2024/25, M/F/U from then).
/// </summary>
public static class Ssda903CsvWriter
{
    public const string NewLine = "\r\n";

    /// <summary>Writes one file per table of the year (header row only when the table is empty); returns the paths.</summary>
    public static IReadOnlyList<string> WriteFolder(string folder, Ssda903Return data, CollectionYear year)
    {
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var table in Ssda903Schema.For(year).Tables)
        {
            string path = Path.Combine(folder, table.FileName);
            using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 65536))
            {
                WriteTable(stream, table.Table, data.Records(table.Table), year);
            }

            paths.Add(path);
        }

        return paths;
    }

    /// <summary>Streams one table; returns the number of rows written.</summary>
    public static int WriteTable(Stream output, Ssda903Table table, IEnumerable<Ssda903Record> records, CollectionYear year)
    {
        var schema = Ssda903Schema.For(year)[table]
            ?? throw new ArgumentException($"The {year.Label} return has no {table} table.", nameof(table));
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: true)
        {
            NewLine = NewLine,
        };
        var cells = new CellWriter(writer, year);
        foreach (var column in schema.Columns)
        {
            cells.Text(column.Name);
        }

        cells.EndRow();
        int rows = 0;
        foreach (var record in records)
        {
            if (record.Table != table)
            {
                throw new ArgumentException($"A {record.Table} record cannot be written to the {table} table.", nameof(records));
            }

            WriteRecord(cells, record);
            rows++;
        }

        writer.Flush();
        return rows;
    }

    private static void WriteRecord(CellWriter cells, Ssda903Record record)
    {
        cells.Text(record.Child);
        switch (record)
        {
            case Ssda903Header r:
                cells.Sex(r.Sex);
                cells.Date(r.Dob);
                cells.Text(r.Ethnic);
                cells.Text(r.Upn);
                cells.YesNo(r.Mother);
                cells.Date(r.McDob);
                break;
            case Ssda903Episode r:
                cells.Date(r.Decom);
                cells.Text(r.Rne);
                cells.Text(r.Ls);
                cells.Text(r.Cin);
                cells.Text(r.Place);
                cells.Text(r.PlaceProvider);
                cells.Date(r.Dec);
                cells.Text(r.Rec);
                cells.Text(r.ReasonPlaceChange);
                cells.Text(r.HomePost);
                cells.Text(r.PlPost);
                cells.Text(r.Urn);
                break;
            case Ssda903Review r:
                cells.Date(r.Dob);
                cells.Date(r.Review);
                cells.Text(r.ReviewCode);
                break;
            case Ssda903Uasc r:
                cells.Sex(r.Sex);
                cells.Date(r.Dob);
                cells.Date(r.Duc);
                break;
            case Ssda903Oc2 r:
                cells.Date(r.Dob);
                cells.Integer(r.SdqScore);
                cells.Text(r.SdqReason);
                cells.YesNo(r.Convicted);
                cells.YesNo(r.HealthCheck);
                cells.YesNo(r.Immunisations);
                cells.YesNo(r.TeethCheck);
                cells.YesNo(r.HealthAssessment);
                cells.YesNo(r.SubstanceMisuse);
                cells.YesNo(r.InterventionReceived);
                cells.YesNo(r.InterventionOffered);
                break;
            case Ssda903Oc3 r:
                cells.Date(r.Dob);
                cells.Text(r.InTouch);
                cells.Text(r.Activ);
                cells.Text(r.Accom);
                break;
            case Ssda903Ad1 r:
                cells.Date(r.Dob);
                cells.Date(r.DateInt);
                cells.Date(r.DateMatch);
                cells.YesNo(r.FosterCare);
                cells.Integer(r.NbAdoptr);
                cells.Text(r.SexAdoptr);
                cells.Text(r.LsAdoptr);
                break;
            case Ssda903PlacedAdoption r:
                cells.Date(r.Dob);
                cells.Date(r.DatePlaced);
                cells.Date(r.DatePlacedCeased);
                cells.Text(r.ReasonPlacedCeased);
                break;
            case Ssda903PrevPerm r:
                cells.Date(r.Dob);
                cells.Text(r.PrevPerm);
                cells.Text(r.LaPerm);
                cells.Text(r.DatePerm);
                break;
            case Ssda903Missing r:
                cells.Date(r.Dob);
                cells.Text(r.Missing);
                cells.Date(r.MisStart);
                cells.Date(r.MisEnd);
                break;
            case Ssda903SwEpisode r:
                cells.Date(r.Dob);
                cells.Text(r.SwId);
                cells.Date(r.SwDecom);
                cells.Date(r.SwDec);
                cells.Text(r.SwReason);
                break;
            default:
                throw new ArgumentException($"Unknown SSDA903 record {record.GetType().Name}.", nameof(record));
        }

        cells.EndRow();
    }

    private sealed class CellWriter(TextWriter writer, CollectionYear year)
    {
        private bool _first = true;

        public void Text(string? value)
        {
            Separate();
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            value = SpreadsheetFormulas.Escape(value);
            if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
            {
                writer.Write(value);
                return;
            }

            writer.Write('"');
            writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }

        public void Sex(string value) => Text(SexCodes.ForYear(value, year));

        public void Date(DateOnly? value)
        {
            Separate();
            if (value is { } date)
            {
                Span<char> buffer = stackalloc char[10];
                date.TryFormat(buffer, out int written, Ssda903Dates.Format, CultureInfo.InvariantCulture);
                writer.Write(buffer[..written]);
            }
        }

        public void YesNo(bool? value)
        {
            Separate();
            if (value is { } yes)
            {
                writer.Write(yes ? '1' : '0');
            }
        }

        public void Integer(int? value)
        {
            Separate();
            if (value is { } number)
            {
                writer.Write(number.ToString(CultureInfo.InvariantCulture));
            }
        }

        public void EndRow()
        {
            writer.Write(NewLine);
            _first = true;
        }

        private void Separate()
        {
            if (!_first)
            {
                writer.Write(',');
            }

            _first = false;
        }
    }
}
