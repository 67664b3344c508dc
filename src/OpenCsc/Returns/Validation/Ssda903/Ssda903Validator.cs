namespace OpenCsc.Returns.Validation.Ssda903;

/// <summary>Runs a year's rules over a return's tables.</summary>
public static class Ssda903Validator
{
    public static ValidationReport Validate(ReturnTables tables, CollectionYear year, DateOnly? periodStart = null, DateOnly? periodEnd = null) =>
        Validate(tables, Ssda903RuleSets.For(year), periodStart ?? year.Start, periodEnd ?? year.End);

    public static ValidationReport Validate(ReturnTables tables, IReadOnlyList<Ssda903Rule> rules, DateOnly collectionStart, DateOnly collectionEnd, string? localAuthority = null)
    {
        var data = new Ssda903Data(tables, collectionStart, collectionEnd, localAuthority);
        var failures = new List<ValidationFailure>();
        var missing = new Dictionary<(string Table, string? Column), List<string>>();
        int run = 0;
        foreach (Ssda903Rule rule in rules)
        {
            var found = new RuleFailures();
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
            foreach ((ReturnTable table, int row) in found.Rows.OrderBy(f => f.Table.Name, StringComparer.Ordinal).ThenBy(f => f.Row))
            {
                string? child = table.Find("CHILD")?[row];
                failures.Add(new ValidationFailure(rule.Code, rule.Type, table.Name, row, child, rule.Fields, rule.Message));
            }
        }

        return new ValidationReport(collectionStart, collectionEnd, run, failures,
            [.. missing.Select(m => new MissingInput(m.Key.Table, m.Key.Column, m.Value))]);
    }
}
