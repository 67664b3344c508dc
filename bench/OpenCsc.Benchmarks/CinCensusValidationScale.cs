using System.Diagnostics;
using System.Globalization;
using System.Xml;
using OpenCsc.Returns;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.CinCensus;

namespace OpenCsc.Benchmarks;

/// <summary>
/// `cin-scale [CHILDREN]`: all CIN census rules of 2025/26 on a synthetic census of England's size (default 700,000
/// children), written to a temporary file (deleted after), then read as written and validated; one measured run.
/// Each child has one or two episodes with an assessment and its factors, a third a CIN plan, one in eight a section 47
/// and a child protection plan with two reviews; a few values are planted wrong so rules have rows to flag.
/// </summary>
public static class CinCensusValidationScale
{
    public static int Run(string[] args)
    {
        int children = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 700_000;
        string file = Path.Combine(Path.GetTempPath(), $"opencsc-cin-scale-{Environment.ProcessId}.xml");
        try
        {
            var clock = Stopwatch.StartNew();
            Write(file, children);
            Console.WriteLine($"Synthesised {children:N0} children: {new FileInfo(file).Length / 1_048_576.0:N0} MB in {clock.Elapsed.TotalSeconds:N1} s");

            clock.Restart();
            CinCensusTables tables = CinCensusTables.ReadFile(file);
            double read = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"Read: {read:N1} s ({tables.CINdetails.RowCount:N0} episodes, {tables.Assessments.RowCount:N0} assessments, {tables.ChildProtectionPlans.RowCount:N0} plans, {tables.Reviews.RowCount:N0} reviews)");

            clock.Restart();
            ValidationReport report = CinCensusValidator.Validate(tables, new CollectionYear(2025));
            double validate = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"All {report.RulesRun} rules: {validate:N1} s, {report.Failures.Count:N0} failures; read and validate {read + validate:N1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576:N0} MB");
            return 0;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void Write(string file, int children)
    {
        var random = new Random(1);
        using var xml = XmlWriter.Create(file, new XmlWriterSettings { Indent = false });
        xml.WriteStartElement("Message");
        xml.WriteStartElement("Header");
        xml.WriteStartElement("CollectionDetails");
        xml.WriteElementString("Collection", "CIN");
        xml.WriteElementString("Year", "2026");
        xml.WriteElementString("ReferenceDate", "2026-03-31");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("Children");
        var censusStart = new DateOnly(2025, 4, 1);
        for (int i = 0; i < children; i++)
        {
            DateOnly birth = censusStart.AddDays(-random.Next(0, 17 * 365));
            xml.WriteStartElement("Child");
            xml.WriteStartElement("ChildIdentifiers");
            xml.WriteElementString("LAchildID", "C" + i.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("UPN", "A" + (100_000_000_000L + i).ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("PersonBirthDate", Iso(birth));
            xml.WriteElementString("Sex", random.Next(2) == 0 ? "M" : "F");
            xml.WriteEndElement();
            xml.WriteStartElement("ChildCharacteristics");
            xml.WriteElementString("Ethnicity", i % 97 == 0 ? "XXXX" : "WBRI");
            xml.WriteStartElement("Disabilities");
            xml.WriteElementString("Disability", "NONE");
            xml.WriteEndElement();
            xml.WriteEndElement();
            int episodes = 1 + random.Next(2);
            DateOnly referral = censusStart.AddDays(random.Next(0, 150));
            for (int e = 0; e < episodes; e++)
            {
                bool last = e == episodes - 1;
                DateOnly closure = referral.AddDays(30 + random.Next(60));
                xml.WriteStartElement("CINdetails");
                xml.WriteElementString("CINreferralDate", Iso(referral));
                xml.WriteElementString("ReferralSource", "1A");
                xml.WriteElementString("PrimaryNeedCode", "N1");
                if (!last)
                {
                    xml.WriteElementString("CINclosureDate", Iso(closure));
                    xml.WriteElementString("ReasonForClosure", "RC1");
                }

                xml.WriteElementString("ReferralNFA", "0");
                xml.WriteStartElement("Assessments");
                xml.WriteElementString("AssessmentActualStartDate", Iso(referral.AddDays(1)));
                xml.WriteElementString("AssessmentAuthorisationDate", Iso(referral.AddDays(20)));
                xml.WriteStartElement("FactorsIdentifiedAtAssessment");
                xml.WriteElementString("AssessmentFactors", "1A");
                xml.WriteElementString("AssessmentFactors", i % 89 == 0 ? "1A" : "2B");
                xml.WriteEndElement();
                xml.WriteEndElement();
                if (last && i % 3 == 0)
                {
                    xml.WriteStartElement("CINPlanDates");
                    xml.WriteElementString("CINPlanStartDate", Iso(referral.AddDays(21)));
                    xml.WriteEndElement();
                }

                if (last && i % 8 == 1)
                {
                    DateOnly conference = Weekday(referral.AddDays(10));
                    xml.WriteStartElement("Section47");
                    xml.WriteElementString("S47ActualStartDate", Iso(referral.AddDays(2)));
                    xml.WriteElementString("DateOfInitialCPC", Iso(conference));
                    xml.WriteElementString("ICPCnotRequired", "0");
                    xml.WriteEndElement();
                    xml.WriteStartElement("ChildProtectionPlans");
                    xml.WriteElementString("CPPstartDate", Iso(conference));
                    xml.WriteElementString("InitialCategoryOfAbuse", "NEG");
                    xml.WriteElementString("LatestCategoryOfAbuse", "NEG");
                    xml.WriteElementString("NumberOfPreviousCPP", "0");
                    xml.WriteStartElement("Reviews");
                    xml.WriteElementString("CPPreviewDate", Iso(conference.AddDays(90)));
                    xml.WriteElementString("CPPreviewDate", Iso(conference.AddDays(270)));
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                referral = closure.AddDays(1 + random.Next(30));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static DateOnly Weekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
