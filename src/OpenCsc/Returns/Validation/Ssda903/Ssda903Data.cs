namespace OpenCsc.Returns.Validation.Ssda903;

/// <summary>The return's tables (the previous year's as Header_last, ...) and the collection window the rules check against.</summary>
public sealed class Ssda903Data(ReturnTables tables, DateOnly collectionStart, DateOnly collectionEnd)
{
    public ReturnTables Tables { get; } = tables;

    /// <summary>1 April of the collection year, unless overridden to check in-year.</summary>
    public DateOnly CollectionStart { get; } = collectionStart;

    /// <summary>31 March ending the collection year, unless overridden.</summary>
    public DateOnly CollectionEnd { get; } = collectionEnd;

    public ReturnTable Header => Tables["Header"];

    public ReturnTable Episodes => Tables["Episodes"];

    public ReturnTable Reviews => Tables["Reviews"];

    public ReturnTable Uasc => Tables["UASC"];

    public ReturnTable Oc2 => Tables["OC2"];

    public ReturnTable Oc3 => Tables["OC3"];

    public ReturnTable Ad1 => Tables["AD1"];

    public ReturnTable PlacedAdoption => Tables["PlacedAdoption"];

    public ReturnTable PrevPerm => Tables["PrevPerm"];

    public ReturnTable Missing => Tables["Missing"];

    public ReturnTable SwEpisodes => Tables["SWEpisodes"];

    public ReturnTable DoLo => Tables["DoLo"];

    /// <summary>Each child's date of birth as Header gives it (first row of the child; null when invalid).</summary>
    public IReadOnlyDictionary<string, DateOnly?> BirthDates
    {
        get
        {
            ReturnTable header = Header;
            return header.Derived("birth-dates", () =>
            {
                ReturnColumn dob = header["DOB"];
                var dates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
                foreach ((string child, int row) in header.FirstRowByChild())
                {
                    dates[child] = dob.Date(row);
                }

                return dates;
            });
        }
    }

    /// <summary>The child's date of birth from Header, or null.</summary>
    public DateOnly? BirthDate(string? child) => child is not null && BirthDates.TryGetValue(child, out DateOnly? date) ? date : null;

    /// <summary>
    /// Children who are or were unaccompanied asylum-seeking children, this year or last: Header's UASC item (XML returns)
    /// where present, else the children in the UASC tables.
    /// </summary>
    public IReadOnlySet<string> UascChildren
    {
        get
        {
            var children = new HashSet<string>(StringComparer.Ordinal);
            bool known = false;
            foreach (string suffix in new[] { "", "_last" })
            {
                if (Tables.Find("Header" + suffix) is { } header && header.Find("UASC") is { } uasc)
                {
                    known = true;
                    for (int r = 0; r < header.RowCount; r++)
                    {
                        if (uasc[r] == "1" && header.Child[r] is { } child)
                        {
                            children.Add(child);
                        }
                    }
                }
                else if (Tables.Find("UASC" + suffix) is { } table)
                {
                    known = true;
                    children.UnionWith(table.RowsByChild().Keys);
                }
            }

            return known ? children : throw new MissingInputException("UASC", null);
        }
    }

    /// <summary>The previous year's table (Header_last, ...).</summary>
    public ReturnTable Last(string table) => Tables[table + "_last"];
}
