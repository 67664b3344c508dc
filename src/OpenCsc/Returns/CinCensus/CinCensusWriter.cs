using System.Globalization;
using System.Text;
using System.Xml;

namespace OpenCsc.Returns.CinCensus;

/// <summary>
/// Writes a CIN census file for a collection year, child by child, in the element order of that year's schema.
/// Optional values that are null are left out. Sex is written as GenderCurrent (1/2/0/9) before 2024/25 and as
/// Sex (M/F/U) from then on, converting codes of the other coding. Codes are written as given: the caller is
/// responsible for them being in the year's lists.
/// </summary>
public sealed class CinCensusWriter : IDisposable
{
    private readonly XmlWriter _xml;
    private readonly CollectionYear _year;
    private readonly string _sexElement;
    private bool _completed;

    public CinCensusWriter(Stream output, CollectionYear year, CinCensusFile header)
    {
        _year = year;
        _sexElement = CinCensusCodes.SexElementFor(year);
        _xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            CloseOutput = false,
        });
        _xml.WriteStartDocument();
        _xml.WriteStartElement("Message");
        WriteHeader(header);
        _xml.WriteStartElement("Children");
    }

    public int ChildrenWritten { get; private set; }

    public static void Write(string path, CollectionYear year, CinCensusFile header, IEnumerable<CinCensusChild> children)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 65536);
        Write(stream, year, header, children);
    }

    public static void Write(Stream output, CollectionYear year, CinCensusFile header, IEnumerable<CinCensusChild> children)
    {
        using var writer = new CinCensusWriter(output, year, header);
        foreach (var child in children)
        {
            writer.Write(child);
        }

        writer.Complete();
    }

    public void Write(CinCensusChild child)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        _xml.WriteStartElement("Child");

        _xml.WriteStartElement("ChildIdentifiers");
        _xml.WriteElementString("LAchildID", child.LaChildId);
        Optional("UPN", child.Upn);
        Optional("FormerUPN", child.FormerUpn);
        Optional("UPNunknown", child.UpnUnknown);
        Optional("PersonBirthDate", child.PersonBirthDate);
        Optional("ExpectedPersonBirthDate", child.ExpectedPersonBirthDate);
        _xml.WriteElementString(_sexElement, SexCodes.ForYear(child.Sex, _year));
        Optional("PersonDeathDate", child.PersonDeathDate);
        _xml.WriteEndElement();

        _xml.WriteStartElement("ChildCharacteristics");
        _xml.WriteElementString("Ethnicity", child.Ethnicity);
        if (child.Disabilities.Count > 0)
        {
            _xml.WriteStartElement("Disabilities");
            foreach (string disability in child.Disabilities)
            {
                _xml.WriteElementString("Disability", disability);
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();

        foreach (var episode in child.Episodes)
        {
            WriteEpisode(episode);
        }

        _xml.WriteEndElement();
        ChildrenWritten++;
    }

    /// <summary>Closes the document and flushes. A census needs at least one child to be valid.</summary>
    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        _completed = true;
    }

    /// <summary>
    /// Without <see cref="Complete"/> the document is left unclosed on purpose, so a failed export never looks
    /// like a complete census.
    /// </summary>
    public void Dispose()
    {
        if (_completed)
        {
            _xml.Dispose();
            return;
        }

        _completed = true;
        _xml.Flush();
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void WriteHeader(CinCensusFile header)
    {
        bool details = header.Collection is not null || header.Year is not null || header.ReferenceDate is not null;
        if (!details && header.Lea is null)
        {
            return;
        }

        _xml.WriteStartElement("Header");
        if (details)
        {
            _xml.WriteStartElement("CollectionDetails");
            Optional("Collection", header.Collection);
            Optional("Year", header.Year?.ToString(CultureInfo.InvariantCulture));
            Optional("ReferenceDate", header.ReferenceDate);
            _xml.WriteEndElement();
        }

        if (header.Lea is not null)
        {
            _xml.WriteStartElement("Source");
            Optional("SourceLevel", header.SourceLevel);
            _xml.WriteElementString("LEA", header.Lea);
            Optional("SoftwareCode", header.SoftwareCode);
            Optional("Release", header.Release);
            Optional("SerialNo", header.SerialNo);
            Optional("DateTime", header.DateTime is { } at ? XmlConvert.ToString(at, "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz") : null);
            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
    }

    private void WriteEpisode(CinCensusEpisode episode)
    {
        _xml.WriteStartElement("CINdetails");
        _xml.WriteElementString("CINreferralDate", Format(episode.ReferralDate));
        _xml.WriteElementString("ReferralSource", episode.ReferralSource);
        Optional("PrimaryNeedCode", episode.PrimaryNeedCode);
        Optional("CINclosureDate", episode.ClosureDate);
        Optional("ReasonForClosure", episode.ReasonForClosure);
        Optional("DateOfInitialCPC", episode.DateOfInitialCpc);
        foreach (var assessment in episode.Assessments)
        {
            _xml.WriteStartElement("Assessments");
            _xml.WriteElementString("AssessmentActualStartDate", Format(assessment.ActualStartDate));
            Optional("AssessmentInternalReviewDate", assessment.InternalReviewDate);
            Optional("AssessmentAuthorisationDate", assessment.AuthorisationDate);
            if (assessment.Factors.Count > 0)
            {
                _xml.WriteStartElement("FactorsIdentifiedAtAssessment");
                foreach (string factor in assessment.Factors)
                {
                    _xml.WriteElementString("AssessmentFactors", factor);
                }

                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        foreach (var plan in episode.CinPlans)
        {
            _xml.WriteStartElement("CINPlanDates");
            _xml.WriteElementString("CINPlanStartDate", Format(plan.StartDate));
            Optional("CINPlanEndDate", plan.EndDate);
            _xml.WriteEndElement();
        }

        foreach (var section47 in episode.Section47s)
        {
            _xml.WriteStartElement("Section47");
            _xml.WriteElementString("S47ActualStartDate", Format(section47.ActualStartDate));
            Optional("InitialCPCtarget", section47.InitialCpcTarget);
            Optional("DateOfInitialCPC", section47.DateOfInitialCpc);
            _xml.WriteElementString("ICPCnotRequired", section47.IcpcNotRequired ? "1" : "0");
            _xml.WriteEndElement();
        }

        _xml.WriteElementString("ReferralNFA", episode.ReferralNfa ? "1" : "0");
        foreach (var plan in episode.ChildProtectionPlans)
        {
            _xml.WriteStartElement("ChildProtectionPlans");
            _xml.WriteElementString("CPPstartDate", Format(plan.StartDate));
            Optional("CPPendDate", plan.EndDate);
            _xml.WriteElementString("InitialCategoryOfAbuse", plan.InitialCategoryOfAbuse);
            _xml.WriteElementString("LatestCategoryOfAbuse", plan.LatestCategoryOfAbuse);
            _xml.WriteElementString("NumberOfPreviousCPP", plan.NumberOfPreviousCpp.ToString(CultureInfo.InvariantCulture));
            if (plan.ReviewDates.Count > 0)
            {
                _xml.WriteStartElement("Reviews");
                foreach (var review in plan.ReviewDates)
                {
                    _xml.WriteElementString("CPPreviewDate", Format(review));
                }

                _xml.WriteEndElement();
            }

            _xml.WriteEndElement();
        }

        _xml.WriteEndElement();
    }

    private void Optional(string name, string? value)
    {
        if (value is not null)
        {
            _xml.WriteElementString(name, value);
        }
    }

    private void Optional(string name, DateOnly? value)
    {
        if (value is { } date)
        {
            _xml.WriteElementString(name, Format(date));
        }
    }
}
