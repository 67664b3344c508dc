using System.Collections.Frozen;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace OpenCsc.Returns.Ssda903;

/// <summary>
/// Reads the EXPSSDA903 XML (CLA.xsd) child by child into the same records as the CSV tables, without loading
/// the whole file. The HEADER holds the Header row and, when present, the child's UASC, AD1 and OC3 values, its
/// missing episodes (AMISSING), reviews (AREVIEW), PrevPerm (PERMANENCE), OC2 and placed-for-adoption rows
/// (AD_PLACED); each EPISODE is an Episodes row with PLACE written PL. DTDs are refused.
/// </summary>
public sealed class Ssda903XmlReader
{
    private const string Root = "EXPSSDA903";

    private static readonly FrozenSet<string> HeaderElements = new[]
    {
        "CHILDID", "UPN", "SEX", "DOB", "ETHNIC", "UASC", "DUC", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR",
        "SEX_ADOPTR", "LS_ADOPTR", "IN_TOUCH", "ACTIV", "ACCOM", "AMISSING", "AREVIEW", "MOTHER", "MC_DOB", "PERMANENCE",
        "OC2", "AD_PLACED",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RepeatedHeaderElements = new[] { "AMISSING", "AREVIEW", "AD_PLACED" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Stream _stream;
    private readonly string _file;
    private readonly Ssda903ReadOptions _options;
    private readonly Ssda903YearSchema _schema;
    private readonly Ssda903RowParser _parser;
    private bool _started;
    private bool _pendingRead;
    private XmlReader? _xml;
    private string _path = "/" + Root;

    public Ssda903XmlReader(Stream stream, string fileName, Ssda903ReadOptions options)
    {
        _stream = stream;
        _file = fileName;
        _options = options;
        _schema = Ssda903Schema.For(options.Year);
        _parser = new Ssda903RowParser(options, Problems, fileName);
    }

    public ReturnProblems Problems { get; } = new();

    public int ChildElementCount { get; private set; }

    /// <summary>Reads a whole file; throws <see cref="ReturnReadException"/> listing every problem if any is an error.</summary>
    public static Ssda903Return ReadAll(string path, Ssda903ReadOptions options)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan);
        return ReadAll(stream, System.IO.Path.GetFileName(path), options);
    }

    /// <inheritdoc cref="ReadAll(string, Ssda903ReadOptions)"/>
    public static Ssda903Return ReadAll(Stream stream, string fileName, Ssda903ReadOptions options)
    {
        var reader = new Ssda903XmlReader(stream, fileName, options);
        var result = new Ssda903Return();
        foreach (var child in reader.ReadChildren())
        {
            // A return with an error is rejected whole: its children are read on only to count the problems.
            if (!reader.Problems.HasErrors)
            {
                result.Add(child);
            }
        }

        reader.Problems.ThrowIfErrors();
        result.Warnings = reader.Problems.ListedWarnings();
        return result;
    }

    /// <summary>
    /// The children, streamed. A child with an error is reported in <see cref="Problems"/> and not returned.
    /// Can be enumerated once.
    /// </summary>
    public IEnumerable<Ssda903Child> ReadChildren()
    {
        if (_started)
        {
            throw new InvalidOperationException("An Ssda903XmlReader reads its stream once.");
        }

        _started = true;
        return Iterate();
    }

    private IEnumerable<Ssda903Child> Iterate()
    {
        XmlReader? xml = null;
        if (!Guard(() => (_xml = xml = SecureXml.CreateReader(_stream)) is not null) || xml is null)
        {
            yield break;
        }

        using (xml)
        {
            if (!Guard(() => Open(xml)))
            {
                yield break;
            }

            while (true)
            {
                XElement? element = null;
                if (!Guard(() => (element = NextChild(xml)) is not null) || element is null)
                {
                    yield break;
                }

                if (ParseChild(element) is { } child)
                {
                    yield return child;
                }
            }
        }
    }

    private bool Guard(Func<bool> step)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (ex is XmlException or System.Text.DecoderFallbackException or ArgumentException or NotSupportedException)
        {
            Problems.Add(SecureXml.Problem(_file, _path, ex, _xml is null ? null : LineOf(_xml)));
            return false;
        }
    }

    private bool Open(XmlReader xml)
    {
        if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != Root)
        {
            Problems.Add(new ReturnProblem(_file, LineOf(xml), "/", Root, xml.LocalName, "an SSDA903 XML file: XML whose root element is EXPSSDA903"));
            return false;
        }

        if (xml.IsEmptyElement)
        {
            Problems.Add(new ReturnProblem(_file, LineOf(xml), _path, "CHILD", "", "at least one CHILD element"));
            return false;
        }

        xml.Read();
        return true;
    }

    private XElement? NextChild(XmlReader xml)
    {
        // Moving past the previous CHILD waits until now, so a break after a complete child does not lose it.
        _path = "/" + Root;
        if (_pendingRead)
        {
            _pendingRead = false;
            xml.Read();
        }

        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (xml.LocalName == "CHILD")
                {
                    ChildElementCount++;
                    _path = string.Create(CultureInfo.InvariantCulture, $"/{Root}/CHILD[{ChildElementCount}]");
                    XElement element;
                    using (var subtree = xml.ReadSubtree())
                    {
                        element = XElement.Load(subtree, LoadOptions.SetLineInfo);
                    }

                    _pendingRead = true;
                    return element;
                }

                Problems.Add(new ReturnProblem(_file, LineOf(xml), $"/{Root}/{xml.LocalName}", xml.LocalName, "",
                    "only CHILD elements inside EXPSSDA903; this one is ignored")
                { Severity = ReturnProblemSeverity.Warning });
                xml.Skip();
                continue;
            }

            if (xml.NodeType == XmlNodeType.EndElement)
            {
                _path = "/" + Root;
                xml.Read();
                while (!xml.EOF)
                {
                    xml.Read();
                }

                break;
            }

            xml.Read();
        }

        if (ChildElementCount == 0)
        {
            Problems.Add(new ReturnProblem(_file, null, "/" + Root, "CHILD", "", "at least one CHILD element"));
        }

        return null;
    }

    private static int? LineOf(XmlReader xml) => xml is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private static int? LineOf(XElement e) => e is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private Ssda903Child? ParseChild(XElement child)
    {
        int errors = Problems.ErrorCount;
        XElement? header = null;
        var episodeElements = new List<XElement>(4);
        foreach (var e in child.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "HEADER" when header is null:
                    header = e;
                    break;
                case "HEADER":
                    Problem(e, _path + "/HEADER[2]", "", "one HEADER per CHILD", ReturnProblemSeverity.Error, null);
                    break;
                case "EPISODE":
                    episodeElements.Add(e);
                    break;
                default:
                    Problem(e, $"{_path}/{e.Name.LocalName}", "", "HEADER and EPISODE elements; this one is ignored", ReturnProblemSeverity.Warning, null);
                    break;
            }
        }

        if (header is null)
        {
            Problem(child, _path + "/HEADER", "", "a HEADER element (it is required)", ReturnProblemSeverity.Error, null);
            return null;
        }

        string headerPath = _path + "/HEADER";
        string? childId = header.Elements().FirstOrDefault(e => e.Name.LocalName == "CHILDID")?.Value.Trim();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in header.Elements())
        {
            string name = e.Name.LocalName;
            int count = counts[name] = counts.GetValueOrDefault(name) + 1;
            if (!HeaderElements.Contains(name))
            {
                if (count == 1)
                {
                    Problem(e, $"{headerPath}/{name}", "", "an element of the CLA.xsd HEADER; this one is ignored", ReturnProblemSeverity.Warning, childId);
                }
            }
            else if (count == 2 && !RepeatedHeaderElements.Contains(name))
            {
                Problem(e, $"{headerPath}/{name}[2]", e.Value, $"one {name} element in a HEADER", ReturnProblemSeverity.Error, childId);
            }
        }

        var source = new XmlFieldSource(header, headerPath);
        var headerRecord = Parse<Ssda903Header>(Ssda903Table.Header, source.Fill(header, headerPath));
        if (counts.ContainsKey("DOB") is false || counts.ContainsKey("CHILDID") is false)
        {
            // Every row needs the child's id and date of birth; the Header row has reported them missing.
            return null;
        }

        string uascFlag = Value(header, "UASC");
        string duc = Value(header, "DUC");
        Ssda903Uasc? uasc = null;
        if (uascFlag is not ("" or "0" or "1"))
        {
            var flag = header.Elements().First(e => e.Name.LocalName == "UASC");
            Problem(flag, headerPath + "/UASC", uascFlag, "1 for an unaccompanied asylum-seeking child, else blank", ReturnProblemSeverity.Error, childId);
        }
        else if (uascFlag == "1" || duc.Length > 0)
        {
            uasc = Parse<Ssda903Uasc>(Ssda903Table.Uasc, source.Fill(header, headerPath));
        }

        Ssda903Ad1? ad1 = null;
        if (AnyValue(header, "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"))
        {
            ad1 = Parse<Ssda903Ad1>(Ssda903Table.Ad1, source.Fill(header, headerPath));
        }

        Ssda903Oc3? oc3 = null;
        if (AnyValue(header, "IN_TOUCH", "ACTIV", "ACCOM"))
        {
            oc3 = Parse<Ssda903Oc3>(Ssda903Table.Oc3, source.Fill(header, headerPath));
        }

        var missing = new List<Ssda903Missing>();
        var reviews = new List<Ssda903Review>();
        var placed = new List<Ssda903PlacedAdoption>();
        Ssda903Oc2? oc2 = null;
        Ssda903PrevPerm? prevPerm = null;
        int missingIndex = 0, reviewIndex = 0, placedIndex = 0;
        foreach (var e in header.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "AMISSING":
                    Add(missing, Parse<Ssda903Missing>(Ssda903Table.Missing, source.Fill(e, Indexed(headerPath, "AMISSING", ++missingIndex))));
                    break;
                case "AREVIEW":
                    Add(reviews, Parse<Ssda903Review>(Ssda903Table.Reviews, source.Fill(e, Indexed(headerPath, "AREVIEW", ++reviewIndex))));
                    break;
                case "AD_PLACED":
                    Add(placed, Parse<Ssda903PlacedAdoption>(Ssda903Table.PlacedAdoption, source.Fill(e, Indexed(headerPath, "AD_PLACED", ++placedIndex))));
                    break;
                case "OC2" when oc2 is null:
                    oc2 = Parse<Ssda903Oc2>(Ssda903Table.Oc2, source.Fill(e, headerPath + "/OC2"));
                    break;
                case "PERMANENCE" when prevPerm is null:
                    prevPerm = Parse<Ssda903PrevPerm>(Ssda903Table.PrevPerm, source.Fill(e, headerPath + "/PERMANENCE"));
                    break;
            }
        }

        var episodes = new List<Ssda903Episode>(episodeElements.Count);
        for (int i = 0; i < episodeElements.Count; i++)
        {
            string path = string.Create(CultureInfo.InvariantCulture, $"{_path}/EPISODE[{i + 1}]");
            Add(episodes, Parse<Ssda903Episode>(Ssda903Table.Episodes, source.Fill(episodeElements[i], path)));
        }

        if (Problems.ErrorCount > errors || headerRecord is null)
        {
            return null;
        }

        return new Ssda903Child
        {
            Child = headerRecord.Child,
            Header = headerRecord,
            Uasc = uasc,
            Ad1 = ad1,
            Oc2 = oc2,
            Oc3 = oc3,
            PrevPerm = prevPerm,
            Episodes = episodes,
            Reviews = reviews,
            Missing = missing,
            PlacedAdoption = placed,
        };
    }

    private T? Parse<T>(Ssda903Table table, XmlFieldSource source)
        where T : Ssda903Record
    {
        var schema = _schema[table]!;
        source.Table = schema;
        foreach (var unknown in source.Load(schema))
        {
            Problem(unknown, $"{source.ContainerPath}/{unknown.Name.LocalName}", "", "an element of the CLA.xsd here; this one is ignored",
                ReturnProblemSeverity.Warning, null);
        }

        return _parser.Parse(schema, source) as T;
    }

    private static void Add<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }

    private static string Indexed(string parent, string name, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}/{name}[{index}]");

    private static string Value(XElement parent, string name)
    {
        foreach (var e in parent.Elements())
        {
            if (e.Name.LocalName == name)
            {
                return e.Value.Trim();
            }
        }

        return "";
    }

    private static bool AnyValue(XElement parent, params string[] names)
    {
        foreach (var e in parent.Elements())
        {
            if (Array.IndexOf(names, e.Name.LocalName) >= 0 && !string.IsNullOrWhiteSpace(e.Value))
            {
                return true;
            }
        }

        return false;
    }

    private void Problem(XElement e, string path, string value, string expected, ReturnProblemSeverity severity, string? childId) =>
        Problems.Add(new ReturnProblem(_file, LineOf(e), path, e.Name.LocalName, value, expected) { Severity = severity, ChildId = childId });

    /// <summary>
    /// The values of one row from an XML container (HEADER, EPISODE, AREVIEW, ...): each column from the element of
    /// the same name (CHILDID for CHILD, PL for PLACE), CHILD and DOB from the HEADER when the container lacks them.
    /// </summary>
    private sealed class XmlFieldSource : Ssda903FieldSource
    {
        private readonly XElement?[] _elements = new XElement?[16];
        private readonly string?[] _values = new string?[16];
        private readonly XElement _header;
        private readonly string _headerPath;
        private XElement _container;

        public XmlFieldSource(XElement header, string headerPath)
        {
            _header = header;
            _headerPath = headerPath;
            _container = header;
            ContainerPath = headerPath;
        }

        public Ssda903TableSchema Table { get; set; } = null!;

        public string ContainerPath { get; private set; }

        public override int? LineOf(int column) => Ssda903XmlReader.LineOf(_elements[column] ?? _container);

        public XmlFieldSource Fill(XElement container, string path)
        {
            _container = container;
            ContainerPath = path;
            Array.Clear(_elements);
            Array.Clear(_values);
            return this;
        }

        /// <summary>Takes the table's values from the container; returns the container's elements that are not columns.</summary>
        public List<XElement> Load(Ssda903TableSchema table)
        {
            bool isHeader = ReferenceEquals(_container, _header);
            for (int i = 0; i < table.Columns.Count; i++)
            {
                _elements[i] = Find(_container, ElementName(table.Columns[i].Name));
                if (_elements[i] is null && i < 3 && table.Columns[i].Name is "CHILD" or "DOB")
                {
                    _elements[i] = Find(_header, ElementName(table.Columns[i].Name));
                }

                _values[i] = _elements[i]?.Value.Trim();
            }

            var unknown = new List<XElement>();
            if (!isHeader)
            {
                foreach (var e in _container.Elements())
                {
                    if (table.IndexOf(ColumnName(e.Name.LocalName)) < 0)
                    {
                        unknown.Add(e);
                    }
                }
            }

            return unknown;
        }

        public override ReadOnlySpan<char> Get(int column) => _values[column];

        public override string? PathOf(int column)
        {
            string name = ElementName(Table.Columns[column].Name);
            var element = _elements[column];
            return element is not null && ReferenceEquals(element.Parent, _header) && !ReferenceEquals(_container, _header)
                ? $"{_headerPath}/{name}"
                : $"{ContainerPath}/{name}";
        }

        public override string FieldName(Ssda903TableSchema table, int column) => ElementName(table.Columns[column].Name);

        private static XElement? Find(XElement parent, string name)
        {
            foreach (var e in parent.Elements())
            {
                if (e.Name.LocalName == name)
                {
                    return e;
                }
            }

            return null;
        }

        private static string ElementName(string column) => column switch
        {
            "CHILD" => "CHILDID",
            "PLACE" => "PL",
            _ => column,
        };

        private static string ColumnName(string element) => element switch
        {
            "CHILDID" => "CHILD",
            "PL" => "PLACE",
            _ => element,
        };
    }
}
