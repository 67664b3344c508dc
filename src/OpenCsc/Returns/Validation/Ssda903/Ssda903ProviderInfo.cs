using System.Globalization;

namespace OpenCsc.Returns.Validation.Ssda903;

/// <summary>
/// The DfE/Ofsted provider information ("Provider Info": children's homes and social care providers by URN), which no
/// return carries: read from a CSV file given with `opencsc validate ssda903 --providers FILE`. The columns are the
/// DfE validator's (URN, PLACE_CODES, PROVIDER_CODES, REG_END, POSTCODE, LA_CODE_INFERRED) or the Ofsted list's
/// headings (Placement code, Placement provider code, Deregistration date, Setting address postcode); only URN is
/// required, and a rule whose column the file lacks says so. Codes are separated by commas or slashes; REG_END is
/// dd/mm/YYYY or YYYY-MM-DD (a time after it is ignored) and is held as dd/mm/YYYY.
/// </summary>
public static class Ssda903ProviderInfo
{
    /// <summary>The table's name, as the DfE's catalogue writes it.</summary>
    public const string TableName = "Provider Info";

    public const string Urn = "URN";
    public const string PlaceCodes = "PLACE_CODES";
    public const string ProviderCodes = "PROVIDER_CODES";
    public const string RegistrationEnd = "REG_END";
    public const string Postcode = "POSTCODE";
    public const string LocalAuthorityCode = "LA_CODE_INFERRED";

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>Headings (compared without case, spaces, underscores or hyphens) read as the DfE validator's columns.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["URN"] = Urn,
        ["PLACECODES"] = PlaceCodes,
        ["PLACEMENTCODE"] = PlaceCodes,
        ["PLACEMENTCODES"] = PlaceCodes,
        ["PROVIDERCODES"] = ProviderCodes,
        ["PLACEMENTPROVIDERCODE"] = ProviderCodes,
        ["PLACEMENTPROVIDERCODES"] = ProviderCodes,
        ["REGEND"] = RegistrationEnd,
        ["DEREGISTRATIONDATE"] = RegistrationEnd,
        ["CLOSEDDATE"] = RegistrationEnd,
        ["POSTCODE"] = Postcode,
        ["SETTINGPOSTCODE"] = Postcode,
        ["SETTINGADDRESSPOSTCODE"] = Postcode,
        ["LACODEINFERRED"] = LocalAuthorityCode,
        ["LACODE"] = LocalAuthorityCode,
    };

    /// <summary>Reads the provider information file into <paramref name="tables"/> as <see cref="TableName"/>.</summary>
    /// <exception cref="ReturnReadException">The file cannot be read; every problem names the file, line and column.</exception>
    public static void Load(string path, ReturnTables tables)
    {
        string name = Path.GetFileName(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReturnReadException([new ReturnProblem(path, null, null, "", "", $"a readable provider information CSV file: {e.Message}")]);
        }

        using (stream)
        {
            tables.Add(Read(stream, name, path));
        }
    }

    /// <summary>Reads the provider information from a CSV stream.</summary>
    /// <exception cref="ReturnReadException">The file cannot be read; every problem names the file, line and column.</exception>
    public static ReturnTable Read(Stream stream, string fileName, string? source = null)
    {
        var problems = new ReturnProblems();
        using var csv = new CsvRowReader(stream, (line, value, expected) => problems.Add(new ReturnProblem(fileName, line, null, "", value, expected)));
        var row = new CsvRow();
        bool any;
        while ((any = csv.Read(row)) && row.IsBlank)
        {
        }

        if (!any)
        {
            throw new ReturnReadException([new ReturnProblem(fileName, null, null, "", "", "a header row with a URN column: the file is empty")]);
        }

        var columns = new List<string>(row.Count);
        var headings = new List<string>(row.Count);
        for (int i = 0; i < row.Count; i++)
        {
            string heading = row[i].Trim('\uFEFF').ToString();
            string column = Aliases.GetValueOrDefault(Key(heading)) ?? heading.ToUpperInvariant();
            if (columns.Contains(column))
            {
                problems.Add(new ReturnProblem(fileName, row.Line, null, heading, heading, $"each column once in the header row ({column} is already given)"));
            }

            columns.Add(column);
            headings.Add(heading);
        }

        int headerLine = row.Line;
        int urn = columns.IndexOf(Urn);
        if (urn < 0)
        {
            problems.Add(new ReturnProblem(fileName, headerLine, null, Urn, string.Join(",", headings), "a URN column (the Ofsted unique reference number) in the header row"));
        }

        problems.ThrowIfErrors();
        int regEnd = columns.IndexOf(RegistrationEnd);
        var rows = new List<string?[]>();
        while (csv.Read(row))
        {
            if (row.Count == 1 && row.IsBlank)
            {
                continue;
            }

            if (row.HasReplacementCharacter)
            {
                problems.Add(new ReturnProblem(fileName, row.Line, null, "", row.Preview(), "UTF-8 text: this line has bytes that are not UTF-8; save the file as CSV UTF-8"));
            }

            if (row.Count > columns.Count)
            {
                problems.Add(new ReturnProblem(fileName, row.Line, null, "", row.Preview(), $"at most {columns.Count} fields, as in the header row"));
            }

            var values = new string?[columns.Count];
            for (int i = 0; i < Math.Min(row.Count, columns.Count); i++)
            {
                values[i] = row[i].ToString();
            }

            if (regEnd >= 0 && !string.IsNullOrWhiteSpace(values[regEnd]))
            {
                if (ParseDate(values[regEnd]!) is { } date)
                {
                    values[regEnd] = date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                }
                else
                {
                    problems.Add(new ReturnProblem(fileName, row.Line, null, headings[regEnd], values[regEnd]!, "a date, dd/mm/YYYY or YYYY-MM-DD, or blank while the provider is registered"));
                }
            }

            rows.Add(values);
        }

        problems.ThrowIfErrors();
        return new ReturnTable(TableName, columns, rows, source ?? fileName);
    }

    /// <summary>The codes of a PLACE_CODES or PROVIDER_CODES value ("PR1,PR2" or "PR1/PR2").</summary>
    public static HashSet<string> Codes(string? value) =>
        value is null ? [] : new HashSet<string>(value.Split([',', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>A postcode as the DfE validator compares them: upper case, no spaces.</summary>
    public static string? ComparablePostcode(string? value) => value?.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private static DateOnly? ParseDate(string value)
    {
        string text = value.Trim();
        int time = text.IndexOfAny([' ', 'T']);
        if (time > 0)
        {
            text = text[..time];
        }

        return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) ? date : null;
    }

    private static string Key(string heading) =>
        new([.. heading.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
}
