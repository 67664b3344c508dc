using OpenCsc.Calendar;

namespace OpenCsc.Returns.Validation.CinCensus;

/// <summary>Runs a year's CIN census rules over a file's tables.</summary>
public static class CinCensusValidator
{
    /// <summary>The collection year's rules over 1 April to 31 March, or the window given (to check in-year).</summary>
    /// <param name="workingDays">
    /// The calendar the rules count working days with; by default the England and Wales bank holidays alone, as the
    /// DfE's own validation counts them (it cannot know an authority's closure days).
    /// </param>
    public static ValidationReport Validate(CinCensusTables tables, CollectionYear year, DateOnly? periodStart = null, DateOnly? periodEnd = null, WorkingDayCalendar? workingDays = null) =>
        Validate(tables, CinCensusRuleSets.For(year), periodStart ?? year.Start, periodEnd ?? year.End, workingDays);

    public static ValidationReport Validate(CinCensusTables tables, IReadOnlyList<CinCensusRule> rules, DateOnly collectionStart, DateOnly referenceDate, WorkingDayCalendar? workingDays = null)
    {
        var data = new CinCensusData(tables, collectionStart, referenceDate, workingDays ?? WorkingDayCalendar.EnglandAndWales());
        var failures = new List<ValidationFailure>();
        var missing = new Dictionary<(string Table, string? Column), List<string>>();
        int run = 0;
        foreach (CinCensusRule rule in rules)
        {
            var found = new CinRuleFailures();
            try
            {
                rule.Check(data, found);
            }
            catch (MissingInputException absent)
            {
                (string, string?) key = (absent.Table, absent.Column);
                if (!missing.TryGetValue(key, out List<string>? codes))
                {
                    missing[key] = codes = [];
                }

                codes.Add(rule.Code);
                continue;
            }

            run++;
            foreach ((CinTable table, int row) in found.Rows.OrderBy(f => f.Table.ChildOf(f.Row)).ThenBy(f => f.Table.Name, StringComparer.Ordinal).ThenBy(f => f.Row))
            {
                failures.Add(new ValidationFailure(rule.Code, rule.Type, table.Name, row, data.ChildId(table.ChildOf(row)), rule.Fields, rule.Message)
                {
                    Path = table.Path(row),
                });
            }
        }

        return new ValidationReport(collectionStart, referenceDate, run, failures,
            [.. missing.Select(m => new MissingInput(m.Key.Table, m.Key.Column, m.Value))]);
    }
}
