namespace OpenCsc.Returns.Ssda903;

public sealed record Ssda903ReadOptions
{
    /// <summary>The collection year of the return (the SSDA903 files do not say it themselves).</summary>
    public required CollectionYear Year { get; init; }

    /// <summary>
    /// Read the codes as this (earlier) year wrote them: e.g. a 2025/26 return still carrying SEX 1/2 read as
    /// 2023/24. Tables are recognised, and the data kept, as given.
    /// </summary>
    public CollectionYear? TreatAsYear { get; init; }

    /// <summary>
    /// Make a code outside the year's list, or a blank in a column the DfE requires, an error. By default they
    /// are warnings: they are what the DfE's validation rules report, and the data can still be loaded and fixed.
    /// </summary>
    public bool Strict { get; init; }

    internal CollectionYear RulesYear => TreatAsYear ?? Year;
}

/// <summary>One child's rows from every table, as the EXPSSDA903 XML groups them.</summary>
public sealed record Ssda903Child
{
    public required string Child { get; init; }

    public Ssda903Header? Header { get; init; }

    public Ssda903Uasc? Uasc { get; init; }

    public Ssda903Ad1? Ad1 { get; init; }

    public Ssda903Oc2? Oc2 { get; init; }

    public Ssda903Oc3? Oc3 { get; init; }

    public Ssda903PrevPerm? PrevPerm { get; init; }

    public EquatableList<Ssda903Episode> Episodes { get; init; } = EquatableList<Ssda903Episode>.Empty;

    public EquatableList<Ssda903Review> Reviews { get; init; } = EquatableList<Ssda903Review>.Empty;

    public EquatableList<Ssda903Missing> Missing { get; init; } = EquatableList<Ssda903Missing>.Empty;

    public EquatableList<Ssda903PlacedAdoption> PlacedAdoption { get; init; } = EquatableList<Ssda903PlacedAdoption>.Empty;

    /// <summary>Not part of the EXPSSDA903 XML (CLA.xsd predates the table); kept for grouping CSV data.</summary>
    public EquatableList<Ssda903SwEpisode> SwEpisodes { get; init; } = EquatableList<Ssda903SwEpisode>.Empty;

    public IEnumerable<Ssda903Record> Records()
    {
        if (Header is not null)
        {
            yield return Header;
        }

        foreach (var episode in Episodes)
        {
            yield return episode;
        }

        foreach (var review in Reviews)
        {
            yield return review;
        }

        if (Uasc is not null)
        {
            yield return Uasc;
        }

        if (Oc2 is not null)
        {
            yield return Oc2;
        }

        if (Oc3 is not null)
        {
            yield return Oc3;
        }

        if (Ad1 is not null)
        {
            yield return Ad1;
        }

        foreach (var placed in PlacedAdoption)
        {
            yield return placed;
        }

        if (PrevPerm is not null)
        {
            yield return PrevPerm;
        }

        foreach (var missing in Missing)
        {
            yield return missing;
        }

        foreach (var sw in SwEpisodes)
        {
            yield return sw;
        }
    }
}

/// <summary>A whole SSDA903 return in memory, table by table.</summary>
public sealed class Ssda903Return
{
    public List<Ssda903Header> Headers { get; } = [];

    public List<Ssda903Episode> Episodes { get; } = [];

    public List<Ssda903Review> Reviews { get; } = [];

    public List<Ssda903Uasc> Uasc { get; } = [];

    public List<Ssda903Oc2> Oc2 { get; } = [];

    public List<Ssda903Oc3> Oc3 { get; } = [];

    public List<Ssda903Ad1> Ad1 { get; } = [];

    public List<Ssda903PlacedAdoption> PlacedAdoption { get; } = [];

    public List<Ssda903PrevPerm> PrevPerm { get; } = [];

    public List<Ssda903Missing> Missing { get; } = [];

    public List<Ssda903SwEpisode> SwEpisodes { get; } = [];

    /// <summary>The warnings met while reading (errors make the read throw instead).</summary>
    public IReadOnlyList<ReturnProblem> Warnings { get; internal set; } = [];

    public void Add(Ssda903Record record)
    {
        switch (record)
        {
            case Ssda903Header r: Headers.Add(r); break;
            case Ssda903Episode r: Episodes.Add(r); break;
            case Ssda903Review r: Reviews.Add(r); break;
            case Ssda903Uasc r: Uasc.Add(r); break;
            case Ssda903Oc2 r: Oc2.Add(r); break;
            case Ssda903Oc3 r: Oc3.Add(r); break;
            case Ssda903Ad1 r: Ad1.Add(r); break;
            case Ssda903PlacedAdoption r: PlacedAdoption.Add(r); break;
            case Ssda903PrevPerm r: PrevPerm.Add(r); break;
            case Ssda903Missing r: Missing.Add(r); break;
            case Ssda903SwEpisode r: SwEpisodes.Add(r); break;
            default: throw new ArgumentException($"Unknown SSDA903 record {record.GetType().Name}.", nameof(record));
        }
    }

    public void Add(Ssda903Child child)
    {
        foreach (var record in child.Records())
        {
            Add(record);
        }
    }

    public IReadOnlyList<Ssda903Record> Records(Ssda903Table table) => table switch
    {
        Ssda903Table.Header => Headers,
        Ssda903Table.Episodes => Episodes,
        Ssda903Table.Reviews => Reviews,
        Ssda903Table.Uasc => Uasc,
        Ssda903Table.Oc2 => Oc2,
        Ssda903Table.Oc3 => Oc3,
        Ssda903Table.Ad1 => Ad1,
        Ssda903Table.PlacedAdoption => PlacedAdoption,
        Ssda903Table.PrevPerm => PrevPerm,
        Ssda903Table.Missing => Missing,
        Ssda903Table.SwEpisodes => SwEpisodes,
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };

    /// <summary>
    /// The rows grouped by child, children in the order they first appear (Header first). A child can have only
    /// one row of the one-per-child tables (Header, UASC, OC2, OC3, AD1, PrevPerm); more is refused rather than
    /// silently dropped.
    /// </summary>
    public IReadOnlyList<Ssda903Child> ByChild()
    {
        var children = new Dictionary<string, Ssda903ChildBuilder>(StringComparer.Ordinal);
        var order = new List<Ssda903ChildBuilder>();
        var duplicates = new List<string>();
        foreach (var table in Enum.GetValues<Ssda903Table>())
        {
            foreach (var record in Records(table))
            {
                if (!children.TryGetValue(record.Child, out var builder))
                {
                    builder = new Ssda903ChildBuilder(record.Child);
                    children.Add(record.Child, builder);
                    order.Add(builder);
                }

                if (!builder.Add(record))
                {
                    duplicates.Add($"{record.Child} ({table})");
                }
            }
        }

        if (duplicates.Count > 0)
        {
            throw new ArgumentException(
                $"Children with more than one row of a one-per-child table: {string.Join(", ", duplicates.Take(20))}" +
                (duplicates.Count > 20 ? $" and {duplicates.Count - 20} more" : ""));
        }

        return order.Select(b => b.Build()).ToList();
    }

    private sealed class Ssda903ChildBuilder(string child)
    {
        private Ssda903Header? _header;
        private Ssda903Uasc? _uasc;
        private Ssda903Ad1? _ad1;
        private Ssda903Oc2? _oc2;
        private Ssda903Oc3? _oc3;
        private Ssda903PrevPerm? _prevPerm;
        private readonly List<Ssda903Episode> _episodes = [];
        private readonly List<Ssda903Review> _reviews = [];
        private readonly List<Ssda903Missing> _missing = [];
        private readonly List<Ssda903PlacedAdoption> _placed = [];
        private readonly List<Ssda903SwEpisode> _sw = [];

        public bool Add(Ssda903Record record)
        {
            switch (record)
            {
                case Ssda903Header r: return Set(ref _header, r);
                case Ssda903Uasc r: return Set(ref _uasc, r);
                case Ssda903Ad1 r: return Set(ref _ad1, r);
                case Ssda903Oc2 r: return Set(ref _oc2, r);
                case Ssda903Oc3 r: return Set(ref _oc3, r);
                case Ssda903PrevPerm r: return Set(ref _prevPerm, r);
                case Ssda903Episode r: _episodes.Add(r); return true;
                case Ssda903Review r: _reviews.Add(r); return true;
                case Ssda903Missing r: _missing.Add(r); return true;
                case Ssda903PlacedAdoption r: _placed.Add(r); return true;
                case Ssda903SwEpisode r: _sw.Add(r); return true;
                default: return false;
            }
        }

        public Ssda903Child Build() => new()
        {
            Child = child,
            Header = _header,
            Uasc = _uasc,
            Ad1 = _ad1,
            Oc2 = _oc2,
            Oc3 = _oc3,
            PrevPerm = _prevPerm,
            Episodes = _episodes,
            Reviews = _reviews,
            Missing = _missing,
            PlacedAdoption = _placed,
            SwEpisodes = _sw,
        };

        private static bool Set<T>(ref T? slot, T value)
            where T : class
        {
            if (slot is not null)
            {
                return false;
            }

            slot = value;
            return true;
        }
    }
}
