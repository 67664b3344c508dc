namespace OpenCsc.Returns.Validation.Ssda903;

/// <summary>The return's tables (the previous year's as Header_last, ...) and the collection window the rules check against.</summary>
public sealed class Ssda903Data(ReturnTables tables, DateOnly collectionStart, DateOnly collectionEnd, string? localAuthority = null)
{
    public ReturnTables Tables { get; } = tables;

    /// <summary>1 April of the collection year, unless overridden to check in-year.</summary>
    public DateOnly CollectionStart { get; } = collectionStart;

    /// <summary>31 March ending the collection year, unless overridden.</summary>
    public DateOnly CollectionEnd { get; } = collectionEnd;

    /// <summary>
    /// The returning local authority's code as the placement LA (PL_LA) is written, given with the run (`--la`); a rule
    /// that needs it is not run without it.
    /// </summary>
    public string LocalAuthority => localAuthority ?? throw new MissingInputException("options", "--la (the local authority)");

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
    /// Each child's periods of care, in order: episodes joined while each starts on or before the day the one before
    /// ended; a period's end is its last episode's end (null while open).
    /// </summary>
    public IReadOnlyDictionary<string, List<(DateOnly Start, DateOnly? End)>> PeriodsOfCare
    {
        get
        {
            ReturnTable episodes = Episodes;
            return episodes.Derived("periods-of-care", () =>
            {
                ReturnColumn start = episodes["DECOM"];
                ReturnColumn end = episodes["DEC"];
                var periods = new Dictionary<string, List<(DateOnly Start, DateOnly? End)>>(StringComparer.Ordinal);
                foreach ((string child, int[] rows) in episodes.RowsByChildOrderedBy("DECOM"))
                {
                    var list = new List<(DateOnly Start, DateOnly? End)>();
                    foreach (int r in rows)
                    {
                        if (start.Date(r) is not { } from)
                        {
                            continue;
                        }

                        if (list.Count > 0 && !(list[^1].End is { } previousEnd && from > previousEnd))
                        {
                            list[^1] = (list[^1].Start, end.Date(r));
                        }
                        else
                        {
                            list.Add((from, end.Date(r)));
                        }
                    }

                    periods[child] = list;
                }

                return (IReadOnlyDictionary<string, List<(DateOnly Start, DateOnly? End)>>)periods;
            });
        }
    }

    /// <summary>
    /// Children looked after continuously for the 12 months to the end of the collection year: they have an episode
    /// in the year, and none of their episodes starts a period of care (RNE S) after the year starts, ends care (a
    /// reason other than X1) within the year, or is respite (V3, V4) within the year.
    /// </summary>
    public IReadOnlySet<string> ContinuouslyLookedAfter
    {
        get
        {
            ReturnTable episodes = Episodes;
            return episodes.Derived(FormattableString.Invariant($"cla:{CollectionStart}:{CollectionEnd}"), () =>
            {
                ReturnColumn start = episodes["DECOM"];
                ReturnColumn end = episodes["DEC"];
                ReturnColumn reasonNew = episodes["RNE"];
                ReturnColumn reasonCeased = episodes["REC"];
                ReturnColumn status = episodes["LS"];
                var inYear = new HashSet<string>(StringComparer.Ordinal);
                var broken = new HashSet<string>(StringComparer.Ordinal);
                for (int r = 0; r < episodes.RowCount; r++)
                {
                    string child = episodes.Child[r] ?? "";
                    DateOnly? from = start.Date(r);
                    DateOnly? to = end.Date(r);
                    bool during = from <= CollectionEnd && (to is null || to >= CollectionStart);
                    if (during)
                    {
                        inYear.Add(child);
                    }

                    bool entersCare = reasonNew[r] == "S" && from > CollectionStart && from <= CollectionEnd;
                    bool leavesCare = reasonCeased[r] != "X1" && to >= CollectionStart && to < CollectionEnd;
                    bool respite = status[r] is "V3" or "V4" && during;
                    if (entersCare || leavesCare || respite)
                    {
                        broken.Add(child);
                    }
                }

                inYear.ExceptWith(broken);
                return (IReadOnlySet<string>)inYear;
            });
        }
    }

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
                    // A row with nothing but the child's id records no UASC status.
                    known = true;
                    ReturnColumn[] items = [.. table.ColumnNames.Where(c => c != "CHILD").Select(c => table[c])];
                    for (int r = 0; r < table.RowCount; r++)
                    {
                        if (table.Child[r] is { } child && items.Any(c => !c.IsBlank(r)))
                        {
                            children.Add(child);
                        }
                    }
                }
            }

            return known ? children : throw new MissingInputException("UASC", null);
        }
    }

    /// <summary>
    /// Each child's UASC status in this year's return (suffix "") or last year's ("_last"), as the DfE's tool reads it:
    /// Header's UASC item where that year's Header has one (the XML return), else "1" for a child whose UASC row records
    /// anything beyond CHILD and DOB and "0" for one whose row does not. A child in neither is absent.
    /// </summary>
    public IReadOnlyDictionary<string, string?> UascStatus(string suffix) => Tables.Find("UASC" + suffix) is { } source && Tables.Find("Header" + suffix)?.Find("UASC") is null
        ? source.Derived("uasc-status", () =>
        {
            ReturnColumn[] items = [.. source.ColumnNames.Where(c => c is not ("CHILD" or "DOB")).Select(c => source[c])];
            var status = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (int r = 0; r < source.RowCount; r++)
            {
                status.TryAdd(source.Child[r] ?? "", items.Any(c => !c.IsBlank(r)) ? "1" : "0");
            }

            return (IReadOnlyDictionary<string, string?>)status;
        })
        : HeaderUascStatus(suffix);

    private IReadOnlyDictionary<string, string?> HeaderUascStatus(string suffix)
    {
        ReturnTable header = Tables["Header" + suffix];
        return header.Derived("uasc-status", () =>
        {
            ReturnColumn uasc = header["UASC"];
            var status = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach ((string child, int row) in header.FirstRowByChild())
            {
                status[child] = uasc[row];
            }

            return (IReadOnlyDictionary<string, string?>)status;
        });
    }

    /// <summary>
    /// The DfE/Ofsted provider information (<see cref="Ssda903ProviderInfo"/>), given with the run (`--providers`); no
    /// return carries it, and a rule that needs it is not run without it.
    /// </summary>
    public ReturnTable ProviderInfo => Tables[Ssda903ProviderInfo.TableName];

    /// <summary>The provider information's rows of each URN (usually one; the DfE's lists may repeat a URN).</summary>
    public IReadOnlyDictionary<string, int[]> ProvidersByUrn
    {
        get
        {
            ReturnTable providers = ProviderInfo;
            return providers.Derived("rows-by-urn", () =>
            {
                ReturnColumn urn = providers[Ssda903ProviderInfo.Urn];
                var rows = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
                for (int r = 0; r < providers.RowCount; r++)
                {
                    if (urn[r] is not { } key)
                    {
                        continue;
                    }

                    if (!rows.TryGetValue(key, out List<int>? list))
                    {
                        rows[key] = list = [];
                    }

                    list.Add(r);
                }

                return (IReadOnlyDictionary<string, int[]>)rows.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
            });
        }
    }

    /// <summary>Each provider row's codes in a PLACE_CODES or PROVIDER_CODES column.</summary>
    public IReadOnlyList<HashSet<string>> ProviderCodes(string column)
    {
        ReturnTable providers = ProviderInfo;
        ReturnColumn values = providers[column];
        return providers.Derived("codes:" + column, () =>
        {
            var codes = new HashSet<string>[providers.RowCount];
            for (int r = 0; r < providers.RowCount; r++)
            {
                codes[r] = Ssda903ProviderInfo.Codes(values[r]);
            }

            return (IReadOnlyList<HashSet<string>>)codes;
        });
    }

    /// <summary>The previous year's table (Header_last, ...).</summary>
    public ReturnTable Last(string table) => Tables[table + "_last"];
}
