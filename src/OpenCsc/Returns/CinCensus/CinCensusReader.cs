using System.Collections.Frozen;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using OpenCsc.Codes;

namespace OpenCsc.Returns.CinCensus;

/// <summary>
/// Reads a CIN census XML file child by child, without loading the whole file, and collects every problem it
/// finds (it does not stop at the first). Only a file that is not well-formed XML stops reading, at the point it
/// breaks. DTDs are refused, so entity expansion and external entities never happen.
/// </summary>
public sealed class CinCensusReader
{
    private static readonly FrozenSet<string> RepeatableElements = new[]
    {
        "Child", "CINdetails", "Assessments", "CINPlanDates", "Section47", "ChildProtectionPlans", "Disability",
        "AssessmentFactors", "CPPreviewDate", "Source",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Stream _stream;
    private readonly string _file;
    private readonly CinCensusReadOptions _options;
    private bool _started;
    private bool _pendingRead;
    private XmlReader? _xml;
    private bool _childrenClosed;
    private SexCoding _sexCoding = SexCoding.Either;
    private string _path = "/Message";
    private string? _childId;

    public CinCensusReader(Stream stream, string fileName, CinCensusReadOptions? options = null)
    {
        _stream = stream;
        _file = fileName;
        _options = options ?? new CinCensusReadOptions();
    }

    private enum SexCoding
    {
        Either,
        Mfu,
        GenderCurrent,
    }

    public ReturnProblems Problems { get; } = new();

    /// <summary>The file's header, once reading has passed it.</summary>
    public CinCensusFile? Header { get; private set; }

    /// <summary>The collection year of the data: the option, else the year the header's ReferenceDate falls in.</summary>
    public CollectionYear? Year { get; private set; }

    /// <summary>The year whose coding is applied: <see cref="CinCensusReadOptions.TreatAsYear"/>, else <see cref="Year"/>.</summary>
    public CollectionYear? RulesYear { get; private set; }

    /// <summary>Child elements met so far, read or not.</summary>
    public int ChildElementCount { get; private set; }

    /// <summary>Reads a whole file; throws <see cref="ReturnReadException"/> listing every problem if any is an error.</summary>
    public static CinCensus ReadAll(string path, CinCensusReadOptions? options = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan);
        return ReadAll(stream, System.IO.Path.GetFileName(path), options);
    }

    /// <inheritdoc cref="ReadAll(string, CinCensusReadOptions?)"/>
    public static CinCensus ReadAll(Stream stream, string fileName, CinCensusReadOptions? options = null)
    {
        var reader = new CinCensusReader(stream, fileName, options);
        var children = new List<CinCensusChild>();
        foreach (CinCensusChild child in reader.ReadChildren())
        {
            // A file with an error is rejected whole: its children are read on only to count the problems.
            if (!reader.Problems.HasErrors)
            {
                children.Add(child);
            }
        }

        reader.Problems.ThrowIfErrors();
        var year = reader.Year ?? throw new InvalidOperationException("A file read without errors has a year.");
        return new CinCensus(reader.Header ?? new CinCensusFile(), year, children, reader.Problems.ListedWarnings());
    }

    /// <summary>
    /// The children, streamed. A child with an error is reported in <see cref="Problems"/> and not returned, so
    /// check <see cref="ReturnProblems.HasErrors"/> when the enumeration ends. Can be enumerated once.
    /// </summary>
    public IEnumerable<CinCensusChild> ReadChildren()
    {
        if (_started)
        {
            throw new InvalidOperationException("A CinCensusReader reads its stream once.");
        }

        _started = true;
        return Iterate();
    }

    private IEnumerable<CinCensusChild> Iterate()
    {
        XmlReader? xml = null;
        if (!Guard(() => (_xml = xml = SecureXml.CreateReader(_stream)) is not null) || xml is null)
        {
            yield break;
        }

        using (xml)
        {
            if (!Guard(() => OpenMessage(xml)))
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

                var child = ParseChild(element, ChildElementCount);
                if (child is not null)
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

    /// <summary>
    /// Loads the element the reader is on. The reader is left on its end; moving past it waits for the next call,
    /// so a break in the file after a complete child does not lose that child.
    /// </summary>
    private XElement Load(XmlReader xml)
    {
        XElement element;
        using (var subtree = xml.ReadSubtree())
        {
            element = XElement.Load(subtree, LoadOptions.SetLineInfo);
        }

        _pendingRead = true;
        return element;
    }

    private void MovePastLoaded(XmlReader xml)
    {
        if (_pendingRead)
        {
            _pendingRead = false;
            xml.Read();
        }
    }

    private bool OpenMessage(XmlReader xml)
    {
        if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "Message")
        {
            Problems.Add(new ReturnProblem(_file, LineOf(xml), "/", "Message", xml.LocalName, "a CIN census file: XML whose root element is Message"));
            return false;
        }

        if (xml.IsEmptyElement)
        {
            Problems.Add(new ReturnProblem(_file, LineOf(xml), "/Message", "Children", "", "a Children element with at least one Child"));
            return false;
        }

        xml.Read();
        while (xml.NodeType != XmlNodeType.EndElement && !xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }

            switch (xml.LocalName)
            {
                case "Header" when Header is null:
                    _path = "/Message/Header";
                    Header = ParseHeader(Load(xml));
                    MovePastLoaded(xml);
                    break;
                case "Children":
                    DecideYear(LineOf(xml));
                    _path = "/Message/Children";
                    if (xml.IsEmptyElement)
                    {
                        Problems.Add(new ReturnProblem(_file, LineOf(xml), "/Message/Children", "Child", "", "at least one Child element"));
                        return false;
                    }

                    xml.Read();
                    return true;
                default:
                    Problems.Add(new ReturnProblem(_file, LineOf(xml), "/Message/" + xml.LocalName, xml.LocalName, "",
                        "Header then Children; this element is not in the CIN census schema here and is ignored")
                    { Severity = ReturnProblemSeverity.Warning });
                    xml.Skip();
                    break;
            }
        }

        Problems.Add(new ReturnProblem(_file, LineOf(xml), "/Message", "Children", "", "a Children element with at least one Child"));
        return false;
    }

    private XElement? NextChild(XmlReader xml)
    {
        _path = "/Message/Children";
        MovePastLoaded(xml);
        while (!_childrenClosed && !xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                if (xml.LocalName == "Child")
                {
                    ChildElementCount++;
                    _path = string.Create(CultureInfo.InvariantCulture, $"/Message/Children/Child[{ChildElementCount}]");
                    _childId = null;
                    return Load(xml);
                }

                Problems.Add(new ReturnProblem(_file, LineOf(xml), "/Message/Children/" + xml.LocalName, xml.LocalName, "",
                    "only Child elements inside Children; this one is ignored")
                { Severity = ReturnProblemSeverity.Warning });
                xml.Skip();
                continue;
            }

            if (xml.NodeType == XmlNodeType.EndElement)
            {
                _childrenClosed = true;
                _path = "/Message";
                xml.Read();
                while (!xml.EOF)
                {
                    if (xml.NodeType == XmlNodeType.Element)
                    {
                        Problems.Add(new ReturnProblem(_file, LineOf(xml), "/Message/" + xml.LocalName, xml.LocalName, "",
                            "nothing after Children; this element is ignored")
                        { Severity = ReturnProblemSeverity.Warning });
                        xml.Skip();
                    }
                    else
                    {
                        xml.Read();
                    }
                }

                break;
            }

            xml.Read();
        }

        if (ChildElementCount == 0)
        {
            Problems.Add(new ReturnProblem(_file, null, "/Message/Children", "Child", "", "at least one Child element"));
        }

        return null;
    }

    private static int? LineOf(XmlReader xml) => xml is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    private void DecideYear(int? line)
    {
        CollectionYear? fromFile = null;
        if (Header?.ReferenceDate is { } referenceDate)
        {
            fromFile = CollectionYear.Containing(referenceDate);
            if (Header.Year is { } censusYear && censusYear != fromFile.Value.CinSchemaYear)
            {
                Problems.Add(new ReturnProblem(_file, line, "/Message/Header/CollectionDetails", "Year",
                    censusYear.ToString(CultureInfo.InvariantCulture),
                    $"the census year of the ReferenceDate ({fromFile.Value.CinSchemaYear}); the file is read as {fromFile.Value.Label}, the collection year its ReferenceDate falls in")
                { Severity = ReturnProblemSeverity.Warning });
            }
        }
        else if (Header?.Year is { } censusYear && censusYear - 1 is >= CollectionYear.MinYear and <= CollectionYear.MaxYear)
        {
            fromFile = new CollectionYear(censusYear - 1);
        }

        if (_options.Year is { } given && fromFile is { } said && given != said)
        {
            Problems.Add(new ReturnProblem(_file, line, "/Message/Header/CollectionDetails", "ReferenceDate", said.Label,
                $"{given.Label} as asked; the file says {said.Label} and is read as {given.Label}")
            { Severity = ReturnProblemSeverity.Warning });
        }

        Year = _options.Year ?? fromFile;
        RulesYear = _options.TreatAsYear ?? Year;
        if (Year is null)
        {
            Problems.Add(new ReturnProblem(_file, line, "/Message/Header/CollectionDetails", "ReferenceDate", "",
                "the collection year: the file has no Header ReferenceDate or Year, so give the year (e.g. --year 2025)"));
        }

        if (RulesYear is { } rules)
        {
            _sexCoding = rules.CodesSexAsMfu ? SexCoding.Mfu : SexCoding.GenderCurrent;
            if (rules < CinCensusCodes.FirstKnownYear || rules > CinCensusCodes.LastKnownYear)
            {
                var nearest = rules < CinCensusCodes.FirstKnownYear ? CinCensusCodes.FirstKnownYear : CinCensusCodes.LastKnownYear;
                Problems.Add(new ReturnProblem(_file, line, "/Message/Header/CollectionDetails", "ReferenceDate", rules.Label,
                    $"a year with a known schema ({CinCensusCodes.FirstKnownYear.Label} to {CinCensusCodes.LastKnownYear.Label}); read with the code lists of {nearest.Label}")
                { Severity = ReturnProblemSeverity.Warning });
            }
        }
    }

    private CinCensusFile ParseHeader(XElement header)
    {
        var file = new CinCensusFile();
        int seen = 0;
        foreach (var part in header.Elements())
        {
            switch (part.Name.LocalName)
            {
                case "CollectionDetails" when Once(ref seen, 1, part):
                    int seenDetails = 0;
                    foreach (var e in part.Elements())
                    {
                        switch (e.Name.LocalName)
                        {
                            case "Collection" when Once(ref seenDetails, 1, e):
                                file = file with { Collection = Text(e) };
                                if (file.Collection != "CIN")
                                {
                                    Error(e, file.Collection, "CIN");
                                }

                                break;
                            case "Year" when Once(ref seenDetails, 2, e):
                                string year = Text(e);
                                if (year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out int y))
                                {
                                    file = file with { Year = y };
                                }
                                else
                                {
                                    Error(e, year, "a four-digit year (YYYY)");
                                }

                                break;
                            case "ReferenceDate" when Once(ref seenDetails, 4, e):
                                file = file with { ReferenceDate = Date(e) };
                                break;
                            default:
                                Unknown(e);
                                break;
                        }
                    }

                    break;
                case "Source" when (seen & 2) != 0:
                    Warn(part, "", "one Source; this further one is ignored");
                    break;
                case "Source":
                    seen |= 2;
                    file = ParseSource(part, file);
                    break;
                default:
                    Unknown(part);
                    break;
            }
        }

        return file;
    }

    private CinCensusFile ParseSource(XElement source, CinCensusFile file)
    {
        int seen = 0;
        foreach (var e in source.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "SourceLevel" when Once(ref seen, 1, e):
                    file = file with { SourceLevel = Text(e) };
                    if (file.SourceLevel != "L")
                    {
                        Error(e, file.SourceLevel, "L");
                    }

                    break;
                case "LEA" when Once(ref seen, 2, e):
                    string lea = Text(e);
                    if (lea.Length != 3 || !lea.All(char.IsAsciiDigit))
                    {
                        Error(e, lea, "the three-digit local authority code");
                    }

                    file = file with { Lea = lea };
                    break;
                case "SoftwareCode" when Once(ref seen, 4, e):
                    file = file with { SoftwareCode = Text(e) };
                    break;
                case "Release" when Once(ref seen, 8, e):
                    file = file with { Release = Text(e) };
                    break;
                case "SerialNo" when Once(ref seen, 16, e):
                    string serial = Text(e);
                    if (serial.Length < 3 || !serial.All(char.IsAsciiDigit))
                    {
                        Error(e, serial, "a serial number of at least three digits");
                    }

                    file = file with { SerialNo = serial };
                    break;
                case "DateTime" when Once(ref seen, 32, e):
                    string text = Text(e);
                    try
                    {
                        file = file with { DateTime = XmlConvert.ToDateTimeOffset(text) };
                    }
                    catch (FormatException)
                    {
                        Error(e, text, "a date and time (YYYY-MM-DDThh:mm:ss)");
                    }

                    break;
                default:
                    Unknown(e);
                    break;
            }
        }

        if ((seen & 2) == 0)
        {
            Missing(source, "LEA");
        }

        return file;
    }

    private CinCensusChild? ParseChild(XElement child, int index)
    {
        int errorsBefore = Problems.ErrorCount;
        _childId = child.Elements().FirstOrDefault(e => e.Name.LocalName == "ChildIdentifiers")?
            .Elements().FirstOrDefault(e => e.Name.LocalName == "LAchildID")?.Value.Trim();

        string? laChildId = null, upn = null, formerUpn = null, upnUnknown = null, sex = null, ethnicity = null;
        DateOnly? birth = null, expectedBirth = null, death = null;
        List<string>? disabilities = null;
        var episodes = new List<CinCensusEpisode>(2);
        int seen = 0;
        foreach (var part in child.Elements())
        {
            switch (part.Name.LocalName)
            {
                case "ChildIdentifiers" when Once(ref seen, 1, part):
                    int seenIds = 0;
                    foreach (var e in part.Elements())
                    {
                        switch (e.Name.LocalName)
                        {
                            case "LAchildID" when Once(ref seenIds, 1, e):
                                laChildId = Text(e);
                                if (laChildId.Length == 0 || SpreadsheetFormulas.LooksLikeFormula(laChildId))
                                {
                                    Error(e, laChildId, "the child's identifier in the local authority's system");
                                }

                                break;
                            case "UPN" when Once(ref seenIds, 2, e):
                                upn = Upn(e);
                                break;
                            case "FormerUPN" when Once(ref seenIds, 4, e):
                                formerUpn = Upn(e);
                                break;
                            case "UPNunknown" when Once(ref seenIds, 8, e):
                                upnUnknown = Code(e, CinCensusCodes.UpnUnknown);
                                break;
                            case "PersonBirthDate" when Once(ref seenIds, 16, e):
                                birth = Date(e);
                                break;
                            case "ExpectedPersonBirthDate" when Once(ref seenIds, 32, e):
                                expectedBirth = Date(e);
                                break;
                            case "Sex" or "GenderCurrent" when Once(ref seenIds, 64, e):
                                sex = SexCode(e);
                                break;
                            case "PersonDeathDate" when Once(ref seenIds, 128, e):
                                death = Date(e);
                                break;
                            default:
                                Unknown(e);
                                break;
                        }
                    }

                    if ((seenIds & 1) == 0)
                    {
                        Missing(part, "LAchildID");
                    }

                    if ((seenIds & 64) == 0)
                    {
                        Missing(part, RulesYear is { } y ? CinCensusCodes.SexElementFor(y) : "Sex");
                    }

                    break;
                case "ChildCharacteristics" when Once(ref seen, 2, part):
                    int seenTraits = 0;
                    foreach (var e in part.Elements())
                    {
                        switch (e.Name.LocalName)
                        {
                            case "Ethnicity" when Once(ref seenTraits, 1, e):
                                ethnicity = Code(e, CinCensusCodes.Ethnicity);
                                break;
                            case "Disabilities" when Once(ref seenTraits, 2, e):
                                disabilities = [];
                                foreach (var d in e.Elements())
                                {
                                    if (d.Name.LocalName == "Disability")
                                    {
                                        if (Code(d, CinCensusCodes.Disability) is { } code)
                                        {
                                            disabilities.Add(code);
                                        }
                                    }
                                    else
                                    {
                                        Unknown(d);
                                    }
                                }

                                if (disabilities.Count == 0 && !e.Elements().Any())
                                {
                                    Missing(e, "Disability");
                                }

                                break;
                            default:
                                Unknown(e);
                                break;
                        }
                    }

                    if ((seenTraits & 1) == 0)
                    {
                        Missing(part, "Ethnicity");
                    }

                    break;
                case "CINdetails":
                    seen |= 4;
                    episodes.Add(ParseEpisode(part));
                    break;
                default:
                    Unknown(part);
                    break;
            }
        }

        if ((seen & 1) == 0)
        {
            Missing(child, "ChildIdentifiers");
        }

        if ((seen & 2) == 0)
        {
            Missing(child, "ChildCharacteristics");
        }

        if ((seen & 4) == 0)
        {
            Missing(child, "CINdetails");
        }

        if (Problems.ErrorCount > errorsBefore)
        {
            return null;
        }

        return new CinCensusChild
        {
            LaChildId = laChildId!,
            Upn = upn,
            FormerUpn = formerUpn,
            UpnUnknown = upnUnknown,
            PersonBirthDate = birth,
            ExpectedPersonBirthDate = expectedBirth,
            Sex = sex!,
            PersonDeathDate = death,
            Ethnicity = ethnicity!,
            Disabilities = disabilities ?? EquatableList<string>.Empty,
            Episodes = episodes,
        };
    }

    private CinCensusEpisode ParseEpisode(XElement details)
    {
        DateOnly? referralDate = null, closureDate = null, initialCpc = null;
        string? source = null, need = null, reason = null;
        bool? nfa = null;
        List<CinCensusAssessment>? assessments = null;
        List<CinCensusPlan>? plans = null;
        List<CinCensusSection47>? section47s = null;
        List<CinCensusProtectionPlan>? protectionPlans = null;
        int seen = 0;
        foreach (var e in details.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "CINreferralDate" when Once(ref seen, 1, e):
                    referralDate = Date(e);
                    break;
                case "ReferralSource" when Once(ref seen, 2, e):
                    source = Code(e, CinCensusCodes.ReferralSource);
                    break;
                case "PrimaryNeedCode" when Once(ref seen, 4, e):
                    need = Code(e, CinCensusCodes.PrimaryNeed);
                    break;
                case "CINclosureDate" when Once(ref seen, 8, e):
                    closureDate = Date(e);
                    break;
                case "ReasonForClosure" when Once(ref seen, 16, e):
                    reason = Code(e, CinCensusCodes.ReasonForClosure);
                    break;
                case "DateOfInitialCPC" when Once(ref seen, 32, e):
                    initialCpc = Date(e);
                    break;
                case "ReferralNFA" when Once(ref seen, 64, e):
                    nfa = YesNo(e);
                    break;
                case "Assessments":
                    (assessments ??= []).Add(ParseAssessment(e));
                    break;
                case "CINPlanDates":
                    (plans ??= []).Add(ParsePlan(e));
                    break;
                case "Section47":
                    (section47s ??= []).Add(ParseSection47(e));
                    break;
                case "ChildProtectionPlans":
                    (protectionPlans ??= []).Add(ParseProtectionPlan(e));
                    break;
                default:
                    Unknown(e);
                    break;
            }
        }

        if ((seen & 1) == 0)
        {
            Missing(details, "CINreferralDate");
        }

        if ((seen & 2) == 0)
        {
            Missing(details, "ReferralSource");
        }

        if ((seen & 64) == 0)
        {
            Missing(details, "ReferralNFA");
        }

        return new CinCensusEpisode
        {
            ReferralDate = referralDate.GetValueOrDefault(),
            ReferralSource = source ?? "",
            PrimaryNeedCode = need,
            ClosureDate = closureDate,
            ReasonForClosure = reason,
            DateOfInitialCpc = initialCpc,
            ReferralNfa = nfa.GetValueOrDefault(),
            Assessments = assessments ?? EquatableList<CinCensusAssessment>.Empty,
            CinPlans = plans ?? EquatableList<CinCensusPlan>.Empty,
            Section47s = section47s ?? EquatableList<CinCensusSection47>.Empty,
            ChildProtectionPlans = protectionPlans ?? EquatableList<CinCensusProtectionPlan>.Empty,
        };
    }

    private CinCensusAssessment ParseAssessment(XElement assessment)
    {
        DateOnly? start = null, review = null, authorised = null;
        List<string>? factors = null;
        int seen = 0;
        foreach (var e in assessment.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "AssessmentActualStartDate" when Once(ref seen, 1, e):
                    start = Date(e);
                    break;
                case "AssessmentInternalReviewDate" when Once(ref seen, 2, e):
                    review = Date(e);
                    break;
                case "AssessmentAuthorisationDate" when Once(ref seen, 4, e):
                    authorised = Date(e);
                    break;
                case "FactorsIdentifiedAtAssessment" when Once(ref seen, 8, e):
                    factors = [];
                    foreach (var f in e.Elements())
                    {
                        if (f.Name.LocalName != "AssessmentFactors")
                        {
                            Unknown(f);
                        }
                        else if (Code(f, CinCensusCodes.AssessmentFactor) is { } code)
                        {
                            factors.Add(code);
                        }
                    }

                    if (!e.Elements().Any())
                    {
                        Missing(e, "AssessmentFactors");
                    }

                    break;
                default:
                    Unknown(e);
                    break;
            }
        }

        if ((seen & 1) == 0)
        {
            Missing(assessment, "AssessmentActualStartDate");
        }

        return new CinCensusAssessment
        {
            ActualStartDate = start.GetValueOrDefault(),
            InternalReviewDate = review,
            AuthorisationDate = authorised,
            Factors = factors ?? EquatableList<string>.Empty,
        };
    }

    private CinCensusPlan ParsePlan(XElement plan)
    {
        DateOnly? start = null, end = null;
        int seen = 0;
        foreach (var e in plan.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "CINPlanStartDate" when Once(ref seen, 1, e):
                    start = Date(e);
                    break;
                case "CINPlanEndDate" when Once(ref seen, 2, e):
                    end = Date(e);
                    break;
                default:
                    Unknown(e);
                    break;
            }
        }

        if ((seen & 1) == 0)
        {
            Missing(plan, "CINPlanStartDate");
        }

        return new CinCensusPlan { StartDate = start.GetValueOrDefault(), EndDate = end };
    }

    private CinCensusSection47 ParseSection47(XElement section47)
    {
        DateOnly? start = null, target = null, conference = null;
        bool? notRequired = null;
        int seen = 0;
        foreach (var e in section47.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "S47ActualStartDate" when Once(ref seen, 1, e):
                    start = Date(e);
                    break;
                case "InitialCPCtarget" when Once(ref seen, 2, e):
                    target = Date(e);
                    break;
                case "DateOfInitialCPC" when Once(ref seen, 4, e):
                    conference = Date(e);
                    break;
                case "ICPCnotRequired" when Once(ref seen, 8, e):
                    notRequired = YesNo(e);
                    break;
                default:
                    Unknown(e);
                    break;
            }
        }

        if ((seen & 1) == 0)
        {
            Missing(section47, "S47ActualStartDate");
        }

        if ((seen & 8) == 0)
        {
            Missing(section47, "ICPCnotRequired");
        }

        return new CinCensusSection47
        {
            ActualStartDate = start.GetValueOrDefault(),
            InitialCpcTarget = target,
            DateOfInitialCpc = conference,
            IcpcNotRequired = notRequired.GetValueOrDefault(),
        };
    }

    private CinCensusProtectionPlan ParseProtectionPlan(XElement plan)
    {
        DateOnly? start = null, end = null;
        string? initial = null, latest = null;
        int? previous = null;
        List<DateOnly>? reviews = null;
        int seen = 0;
        foreach (var e in plan.Elements())
        {
            switch (e.Name.LocalName)
            {
                case "CPPstartDate" when Once(ref seen, 1, e):
                    start = Date(e);
                    break;
                case "CPPendDate" when Once(ref seen, 2, e):
                    end = Date(e);
                    break;
                case "InitialCategoryOfAbuse" when Once(ref seen, 4, e):
                    initial = Code(e, CinCensusCodes.CategoryOfAbuse);
                    break;
                case "LatestCategoryOfAbuse" when Once(ref seen, 8, e):
                    latest = Code(e, CinCensusCodes.CategoryOfAbuse);
                    break;
                case "NumberOfPreviousCPP" when Once(ref seen, 16, e):
                    string text = Text(e);
                    if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
                    {
                        previous = n;
                    }
                    else
                    {
                        Error(e, text, "a whole number, 0 or more");
                    }

                    break;
                case "Reviews" when Once(ref seen, 32, e):
                    reviews = [];
                    foreach (var r in e.Elements())
                    {
                        if (r.Name.LocalName != "CPPreviewDate")
                        {
                            Unknown(r);
                        }
                        else if (Date(r) is { } date)
                        {
                            reviews.Add(date);
                        }
                    }

                    if (!e.Elements().Any())
                    {
                        Missing(e, "CPPreviewDate");
                    }

                    break;
                default:
                    Unknown(e);
                    break;
            }
        }

        if ((seen & 1) == 0)
        {
            Missing(plan, "CPPstartDate");
        }

        if ((seen & 4) == 0)
        {
            Missing(plan, "InitialCategoryOfAbuse");
        }

        if ((seen & 8) == 0)
        {
            Missing(plan, "LatestCategoryOfAbuse");
        }

        if ((seen & 16) == 0)
        {
            Missing(plan, "NumberOfPreviousCPP");
        }

        return new CinCensusProtectionPlan
        {
            StartDate = start.GetValueOrDefault(),
            EndDate = end,
            InitialCategoryOfAbuse = initial ?? "",
            LatestCategoryOfAbuse = latest ?? "",
            NumberOfPreviousCpp = previous.GetValueOrDefault(),
            ReviewDates = reviews ?? EquatableList<DateOnly>.Empty,
        };
    }

    private string? SexCode(XElement e)
    {
        string name = e.Name.LocalName;
        string value = Text(e);
        bool numeric = CinCensusCodes.GenderCurrent.IsCode(value);
        bool mfu = CinCensusCodes.Sex.IsCode(value);
        string yearLabel = RulesYear?.Label ?? "";
        switch (_sexCoding)
        {
            case SexCoding.Mfu when name == "Sex" && mfu:
            case SexCoding.GenderCurrent when name == "GenderCurrent" && numeric:
                return value;
            case SexCoding.Either when (name == "Sex" && mfu) || (name == "GenderCurrent" && numeric):
                return value;
            case SexCoding.Mfu when name == "GenderCurrent" || numeric:
                Error(e, value,
                    $"Sex coded M, F or U: from 2024/25 (CIN_schema_2025) the census has Sex M/F/U in place of GenderCurrent 1/2/0/9. This {yearLabel} file looks like an earlier year's: read it as that year (TreatAsYear, e.g. 2023) or recode the children");
                return null;
            case SexCoding.GenderCurrent when name == "Sex" || mfu:
                Error(e, value,
                    $"GenderCurrent coded 1, 2, 0 or 9: the census for {yearLabel} predates Sex M/F/U (from 2024/25). If the file was written for 2024/25 or later, read it as that year");
                return null;
            default:
                Error(e, value, _sexCoding == SexCoding.GenderCurrent ? "1, 2, 0 or 9" : "M, F or U");
                return null;
        }
    }

    private string? Upn(XElement e)
    {
        string value = Text(e);
        if (!CinCensusCodes.IsUpn(value))
        {
            Error(e, value, "a UPN: a letter, 11 digits, then a digit or a letter");
            return null;
        }

        return value;
    }

    private string? Code(XElement e, CodeList codes)
    {
        string value = Text(e);
        if (codes.TryGet(value, out var code))
        {
            return code;
        }

        Error(e, value, $"a code from the {RulesYear?.Label} list: {codes}");
        return null;
    }

    private DateOnly? Date(XElement e)
    {
        string value = Text(e);
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(e, value, "a date as YYYY-MM-DD");
        return null;
    }

    private bool? YesNo(XElement e)
    {
        string value = Text(e);
        if (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (value == "0" || value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Error(e, value, "yes or no: 1 or 0 (true or false are also read)");
        return null;
    }

    private string Text(XElement e)
    {
        if (e.HasElements)
        {
            Error(e, "(elements)", "a value, not further elements");
            return "";
        }

        string value = e.Value;
        return value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])) ? value.Trim() : value;
    }

    private bool Once(ref int seen, int bit, XElement e)
    {
        if ((seen & bit) != 0)
        {
            Error(e, e.HasElements ? "" : e.Value, $"at most one {e.Name.LocalName} element here");
            return false;
        }

        seen |= bit;
        return true;
    }

    private void Unknown(XElement e)
    {
        // A known element repeated was already reported by Once; an unknown name is reported once per parent.
        if (e.ElementsBeforeSelf(e.Name).Any())
        {
            return;
        }

        Warn(e, "", $"an element of the CIN census schema; {e.Name.LocalName} is not one here and is ignored");
    }

    private void Missing(XElement parent, string name) =>
        Problems.Add(new ReturnProblem(_file, LineOf(parent), PathOf(parent) + "/" + name, name, "", $"a {name} element (it is required)")
        {
            ChildId = _childId,
        });

    private void Error(XElement e, string value, string expected) =>
        Problems.Add(new ReturnProblem(_file, LineOf(e), PathOf(e), e.Name.LocalName, value, expected) { ChildId = _childId });

    private void Warn(XElement e, string value, string expected) =>
        Problems.Add(new ReturnProblem(_file, LineOf(e), PathOf(e), e.Name.LocalName, value, expected)
        {
            ChildId = _childId,
            Severity = ReturnProblemSeverity.Warning,
        });

    private static int? LineOf(XElement e) => e is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;

    /// <summary>The element's path from the loaded fragment's root (a Child or the Header) up to /Message.</summary>
    private string PathOf(XElement e)
    {
        var segments = new Stack<string>();
        for (var x = e; x.Parent is not null; x = x.Parent)
        {
            string name = x.Name.LocalName;
            int before = x.ElementsBeforeSelf(x.Name).Count();
            bool indexed = RepeatableElements.Contains(name) || before > 0 || x.ElementsAfterSelf(x.Name).Any();
            segments.Push(indexed ? string.Create(CultureInfo.InvariantCulture, $"{name}[{before + 1}]") : name);
        }

        return segments.Count == 0 ? _path : _path + "/" + string.Join('/', segments);
    }
}
