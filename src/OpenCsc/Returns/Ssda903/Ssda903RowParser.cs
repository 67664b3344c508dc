using System.Globalization;

namespace OpenCsc.Returns.Ssda903;

/// <summary>Where a row's values come from: a CSV line or an XML element. Values are trimmed; absent is empty.</summary>
internal abstract class Ssda903FieldSource
{
    /// <summary>The 1-based line of a value: the CSV row's, or the XML element's.</summary>
    public abstract int? LineOf(int column);

    public abstract ReadOnlySpan<char> Get(int column);

    /// <summary>The element path of a value (XML), or null (CSV).</summary>
    public abstract string? PathOf(int column);

    /// <summary>The name of the value in the file: the CSV column, or the XML element (PL for PLACE).</summary>
    public virtual string FieldName(Ssda903TableSchema table, int column) => table.Columns[column].Name;
}

/// <summary>
/// Turns one row of values into a typed record for its table, reporting every problem in the row. Shared by the
/// CSV and XML readers so both read values the same way.
/// </summary>
internal sealed class Ssda903RowParser
{
    private const string FormulaExpected =
        "a value, not a spreadsheet formula: values starting with = + - @ or a tab are refused (they could run when the file is opened)";

    private readonly Ssda903YearSchema _rules;
    private readonly Ssda903ReadOptions _options;
    private readonly ReturnProblems _problems;
    private readonly string _file;
    private readonly HashSet<string> _notes = new(StringComparer.Ordinal);
    private Ssda903TableSchema _table = null!;
    private Ssda903FieldSource _row = null!;
    private string? _childId;

    public Ssda903RowParser(Ssda903ReadOptions options, ReturnProblems problems, string file)
    {
        _options = options;
        _rules = Ssda903Schema.For(options.RulesYear);
        _problems = problems;
        _file = file;
    }

    /// <summary>The record, or null when the row has an error (reported).</summary>
    public Ssda903Record? Parse(Ssda903TableSchema table, Ssda903FieldSource row)
    {
        // Code lists come from the rules year; the table's columns are the same in every year.
        _table = _rules[table.Table] ?? table;
        _row = row;
        int errors = _problems.ErrorCount;
        _childId = null;
        string child = Text(0) ?? "";
        _childId = child.Length > 0 ? child : null;
        Ssda903Record record = _table.Table switch
        {
            Ssda903Table.Header => new Ssda903Header
            {
                Child = child,
                Sex = Code(1) ?? "",
                Dob = Date(2),
                Ethnic = Code(3) ?? "",
                Upn = Text(4) ?? "",
                Mother = YesNo(5),
                McDob = OptionalDate(6),
            },
            Ssda903Table.Episodes => new Ssda903Episode
            {
                Child = child,
                Decom = Date(1),
                Rne = Code(2) ?? "",
                Ls = Code(3) ?? "",
                Cin = Code(4) ?? "",
                Place = Code(5) ?? "",
                PlaceProvider = Code(6),
                Dec = OptionalDate(7),
                Rec = Code(8),
                ReasonPlaceChange = Code(9),
                HomePost = Text(10),
                PlPost = Text(11),
                Urn = Text(12),
            },
            Ssda903Table.Reviews => new Ssda903Review
            {
                Child = child,
                Dob = Date(1),
                Review = Date(2),
                ReviewCode = Code(3) ?? "",
            },
            Ssda903Table.Uasc => new Ssda903Uasc
            {
                Child = child,
                Sex = Code(1) ?? "",
                Dob = Date(2),
                Duc = OptionalDate(3),
            },
            Ssda903Table.Oc2 => new Ssda903Oc2
            {
                Child = child,
                Dob = Date(1),
                SdqScore = Integer(2),
                SdqReason = Code(3),
                Convicted = YesNo(4),
                HealthCheck = YesNo(5),
                Immunisations = YesNo(6),
                TeethCheck = YesNo(7),
                HealthAssessment = YesNo(8),
                SubstanceMisuse = YesNo(9),
                InterventionReceived = YesNo(10),
                InterventionOffered = YesNo(11),
            },
            Ssda903Table.Oc3 => new Ssda903Oc3
            {
                Child = child,
                Dob = Date(1),
                InTouch = Code(2) ?? "",
                Activ = Code(3) ?? "",
                Accom = Code(4) ?? "",
            },
            Ssda903Table.Ad1 => new Ssda903Ad1
            {
                Child = child,
                Dob = Date(1),
                DateInt = Date(2),
                DateMatch = Date(3),
                FosterCare = YesNo(4),
                NbAdoptr = Integer(5),
                SexAdoptr = Code(6) ?? "",
                LsAdoptr = Code(7) ?? "",
            },
            Ssda903Table.PlacedAdoption => new Ssda903PlacedAdoption
            {
                Child = child,
                Dob = Date(1),
                DatePlaced = Date(2),
                DatePlacedCeased = OptionalDate(3),
                ReasonPlacedCeased = Code(4),
            },
            Ssda903Table.PrevPerm => new Ssda903PrevPerm
            {
                Child = child,
                Dob = Date(1),
                PrevPerm = Code(2) ?? "",
                LaPerm = Text(3),
                DatePerm = PartialDate(4),
            },
            Ssda903Table.Missing => new Ssda903Missing
            {
                Child = child,
                Dob = Date(1),
                Missing = Code(2) ?? "",
                MisStart = Date(3),
                MisEnd = OptionalDate(4),
            },
            Ssda903Table.SwEpisodes => new Ssda903SwEpisode
            {
                Child = child,
                Dob = Date(1),
                SwId = Text(2) ?? "",
                SwDecom = Date(3),
                SwDec = OptionalDate(4),
                SwReason = Code(5),
            },
            _ => throw new InvalidOperationException($"No parser for table {_table.Table}."),
        };

        return _problems.ErrorCount > errors ? null : record;
    }

    /// <summary>The trimmed value, or false when it looks like a spreadsheet formula (reported).</summary>
    private bool TryValue(int column, out ReadOnlySpan<char> value)
    {
        value = _row.Get(column);
        if (SpreadsheetFormulas.LooksLikeFormula(value))
        {
            Report(column, value, FormulaExpected, ReturnProblemSeverity.Error);
            return false;
        }

        return true;
    }

    private string? Text(int column)
    {
        if (!TryValue(column, out var value))
        {
            return null;
        }

        if (value.IsEmpty)
        {
            Blank(column);
            return null;
        }

        return value.ToString();
    }

    private string? Code(int column)
    {
        if (!TryValue(column, out var value))
        {
            return null;
        }

        if (value.IsEmpty)
        {
            Blank(column);
            return null;
        }

        var codes = _table.Columns[column].Codes!;
        if (codes.TryGet(value, out var code))
        {
            return code;
        }

        string text = value.ToString();
        if (_table.Columns[column].Name == "SEX" && IsOtherSexCoding(text))
        {
            var year = _options.RulesYear;
            Report(column, value, year.CodesSexAsMfu
                ? $"SEX coded M, F or U: from 2024/25 the SSDA903 codes sex M/F/U, and 1/2 is the coding of earlier years. This looks like an earlier year's return: read it as that year (TreatAsYear, e.g. 2023) or recode it"
                : $"SEX coded 1 or 2: M/F/U is the coding from 2024/25, not of {year.Label}. If the return is for 2024/25 or later, read it as that year",
                ReturnProblemSeverity.Error);
            return null;
        }

        Report(column, value, $"a code from the {_options.RulesYear.Label} list for {_table.Columns[column].Name}: {codes}",
            _options.Strict ? ReturnProblemSeverity.Error : ReturnProblemSeverity.Warning);
        return text;
    }

    private bool IsOtherSexCoding(string value) => _options.RulesYear.CodesSexAsMfu ? value is "1" or "2" : SexCodes.IsMfu(value);

    private DateOnly Date(int column)
    {
        if (!TryValue(column, out var value))
        {
            return default;
        }

        if (value.IsEmpty)
        {
            Report(column, value, "a date as dd/mm/YYYY (it is required)", ReturnProblemSeverity.Error);
            return default;
        }

        return ParseDate(column, value) ?? default;
    }

    private DateOnly? OptionalDate(int column) =>
        TryValue(column, out var value) && !value.IsEmpty ? ParseDate(column, value) : null;

    private DateOnly? ParseDate(int column, ReadOnlySpan<char> value)
    {
        if (!Ssda903Dates.TryParse(value, out var date, out var form))
        {
            Report(column, value, "a date as dd/mm/YYYY", ReturnProblemSeverity.Error);
            return null;
        }

        if (form != Ssda903DateForm.Standard)
        {
            Note(column, value, form switch
            {
                Ssda903DateForm.Iso => "dd/mm/YYYY; dates written YYYY-MM-DD (a spreadsheet's form) are read as dates. Noted once per file",
                Ssda903DateForm.NoLeadingZeros => "dd/mm/YYYY; dates without leading zeros (d/m/YYYY, a spreadsheet's form) are read as day/month. Noted once per file",
                _ => "dd/mm/YYYY; dates followed by a midnight time (a spreadsheet's date-time) are read as dates. Noted once per file",
            }, form.ToString());
        }

        return date;
    }

    private bool? YesNo(int column)
    {
        if (!TryValue(column, out var value))
        {
            return null;
        }

        if (value.IsEmpty)
        {
            Blank(column);
            return null;
        }

        if (value is "0" or "1")
        {
            return value[0] == '1';
        }

        bool? read = value switch
        {
            "1.0" => true,
            "0.0" => false,
            _ when value.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
            _ when value.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
            _ => null,
        };
        if (read is null)
        {
            Report(column, value, "0 or 1", ReturnProblemSeverity.Error);
            return null;
        }

        Note(column, value, "0 or 1; 1.0, 0.0, true and false (a spreadsheet's forms) are read as 1 and 0. Noted once per file", "yesno");
        return read;
    }

    private int? Integer(int column)
    {
        if (!TryValue(column, out var value))
        {
            return null;
        }

        if (value.IsEmpty)
        {
            Blank(column);
            return null;
        }

        var digits = value.EndsWith(".0") ? value[..^2] : value;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            Report(column, value, "a whole number", ReturnProblemSeverity.Error);
            return null;
        }

        if (digits.Length != value.Length)
        {
            Note(column, value, "a whole number; numbers written with .0 (a spreadsheet's form) are read as whole numbers. Noted once per file", "integer");
        }

        var spec = _table.Columns[column];
        if ((spec.Min is { } min && number < min) || (spec.Max is { } max && number > max))
        {
            Report(column, value, string.Create(CultureInfo.InvariantCulture, $"a whole number from {spec.Min} to {spec.Max}"),
                _options.Strict ? ReturnProblemSeverity.Error : ReturnProblemSeverity.Warning);
        }

        return number;
    }

    private string? PartialDate(int column)
    {
        if (!TryValue(column, out var value) || value.IsEmpty)
        {
            return null;
        }

        if (!Ssda903Dates.IsPartialDate(value))
        {
            Report(column, value, "a date as dd/mm/YYYY, with zz for an unknown day or month (zz/zz/2015); kept as written",
                _options.Strict ? ReturnProblemSeverity.Error : ReturnProblemSeverity.Warning);
        }

        return value.ToString();
    }

    private void Blank(int column)
    {
        var spec = _table.Columns[column];
        if (!spec.Required)
        {
            return;
        }

        var severity = column == 0 || _options.Strict ? ReturnProblemSeverity.Error : ReturnProblemSeverity.Warning;
        Report(column, default, spec.Kind == Ssda903ColumnKind.Code
            ? $"a code for {spec.Name} (the DfE requires it): {spec.Codes}"
            : $"a value for {spec.Name} (the DfE requires it)", severity);
    }

    private void Note(int column, ReadOnlySpan<char> value, string expected, string kind)
    {
        if (_notes.Add(kind))
        {
            Report(column, value, expected, ReturnProblemSeverity.Warning);
        }
    }

    private void Report(int column, ReadOnlySpan<char> value, string expected, ReturnProblemSeverity severity) =>
        _problems.Add(new ReturnProblem(_file, _row.LineOf(column), _row.PathOf(column), _row.FieldName(_table, column), value.ToString(), expected)
        {
            Severity = severity,
            ChildId = _childId,
        });
}
