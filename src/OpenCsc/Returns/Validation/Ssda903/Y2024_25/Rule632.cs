namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class Rule632() : Ssda903Rule("632", "Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year", "DATE_PERM;DECOM", "Episodes;PrevPerm")
{
    public override void Check(Ssda903Data data, RuleFailures failures)
    {
        // For a child with episodes, the previous permanence order's date must be a date (day or month may be ZZ, the
        // year ZZZZ, unknown) and before the child's first episode. An unknown part is taken at its latest (ZZ/05/2021
        // is 31/05/2021, ZZ/ZZ/2021 is 31/12/2021); an unknown year cannot be compared.
        ReturnTable episodes = data.Episodes;
        ReturnTable prevPerm = data.PrevPerm;
        ReturnColumn start = episodes["DECOM"];
        ReturnColumn date = prevPerm["DATE_PERM"];
        IReadOnlyDictionary<string, int> first = episodes.FirstRowByChildOrderedBy("DECOM");
        for (int r = 0; r < prevPerm.RowCount; r++)
        {
            if (date[r] is not { } value || !first.TryGetValue(prevPerm.Child[r] ?? "", out int episode))
            {
                continue;
            }

            bool valid = ReturnValues.IsMaskedDate(value);
            if (!valid || (Latest(value) is { } latest && latest >= start.Date(episode)))
            {
                failures.Add(prevPerm, r);
                failures.Add(episodes, episode);
            }
        }
    }

    private static DateOnly? Latest(string value)
    {
        string[] parts = value.Split('/');
        if (parts[2] == "ZZZZ")
        {
            return null;
        }

        int year = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        int month = parts[1] == "ZZ" ? 12 : int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        int day = parts[0] == "ZZ" ? DateTime.DaysInMonth(year, month) : int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return new DateOnly(year, month, day);
    }
}
