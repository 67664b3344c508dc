using System.Text;
using OpenCsc.Returns;
using OpenCsc.Returns.CinCensus;

namespace OpenCsc.Tests.Returns.CinCensus;

/// <summary>Children using every element of the CIN census, for writer and round-trip tests.</summary>
internal static class CinCensusExamples
{
    public static CinCensusChild FullChild(string id, string sex) => new()
    {
        LaChildId = id,
        Upn = "A123456789012",
        FormerUpn = "B12345678901C",
        PersonBirthDate = new DateOnly(2015, 6, 1),
        Sex = sex,
        Ethnicity = "WBRI",
        Disabilities = ["MOB", "AUT"],
        Episodes =
        [
            new CinCensusEpisode
            {
                ReferralDate = new DateOnly(2024, 5, 2),
                ReferralSource = "3A",
                PrimaryNeedCode = "N1",
                ClosureDate = new DateOnly(2025, 2, 1),
                ReasonForClosure = "RC7",
                DateOfInitialCpc = new DateOnly(2024, 6, 1),
                ReferralNfa = false,
                Assessments =
                [
                    new CinCensusAssessment
                    {
                        ActualStartDate = new DateOnly(2024, 5, 3),
                        InternalReviewDate = new DateOnly(2024, 5, 20),
                        AuthorisationDate = new DateOnly(2024, 6, 10),
                        Factors = ["1B", "3A", "24A"],
                    },
                    new CinCensusAssessment { ActualStartDate = new DateOnly(2024, 9, 3) },
                ],
                CinPlans =
                [
                    new CinCensusPlan { StartDate = new DateOnly(2024, 6, 15), EndDate = new DateOnly(2024, 9, 1) },
                ],
                Section47s =
                [
                    new CinCensusSection47
                    {
                        ActualStartDate = new DateOnly(2024, 5, 10),
                        InitialCpcTarget = new DateOnly(2024, 5, 31),
                        DateOfInitialCpc = new DateOnly(2024, 6, 1),
                        IcpcNotRequired = false,
                    },
                    new CinCensusSection47 { ActualStartDate = new DateOnly(2024, 10, 1), IcpcNotRequired = true },
                ],
                ChildProtectionPlans =
                [
                    new CinCensusProtectionPlan
                    {
                        StartDate = new DateOnly(2024, 6, 1),
                        EndDate = new DateOnly(2025, 1, 20),
                        InitialCategoryOfAbuse = "NEG",
                        LatestCategoryOfAbuse = "EMO",
                        NumberOfPreviousCpp = 1,
                        ReviewDates = [new DateOnly(2024, 8, 20), new DateOnly(2025, 1, 15)],
                    },
                ],
            },
            new CinCensusEpisode
            {
                ReferralDate = new DateOnly(2025, 3, 1),
                ReferralSource = "10",
                ReferralNfa = true,
            },
        ],
    };

    public static CinCensusChild MinimalChild(string id, string sex) => new()
    {
        LaChildId = id,
        UpnUnknown = "UN2",
        ExpectedPersonBirthDate = new DateOnly(2025, 8, 1),
        Sex = sex,
        Ethnicity = "NOBT",
        Episodes = [new CinCensusEpisode { ReferralDate = new DateOnly(2025, 4, 10), ReferralSource = "1A", ReferralNfa = true }],
    };

    public static byte[] Write(CollectionYear year, params CinCensusChild[] children)
    {
        var output = new MemoryStream();
        var header = CinCensusFile.For(year, "975") with
        {
            SoftwareCode = "OpenCSC",
            Release = "1.0",
            SerialNo = "001",
            DateTime = new DateTimeOffset(2026, 4, 20, 9, 30, 0, TimeSpan.Zero),
        };
        CinCensusWriter.Write(output, year, header, children);
        return output.ToArray();
    }

    /// <summary>A small census in the given sex coding with the children's XML as given.</summary>
    public static byte[] CensusFile(string referenceDate, params string[] childrenXml) => Encoding.UTF8.GetBytes(
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Message>
          <Header>
            <CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>{referenceDate}</ReferenceDate></CollectionDetails>
            <Source><SourceLevel>L</SourceLevel><LEA>975</LEA></Source>
          </Header>
          <Children>
        {string.Join("\n", childrenXml)}
          </Children>
        </Message>
        """);

    public static string ChildXml(string id, string sexElement = "Sex", string sex = "F", string referralDate = "2025-05-01",
        string source = "2A", string nfa = "0") =>
        $"""
            <Child>
              <ChildIdentifiers>
                <LAchildID>{id}</LAchildID>
                <PersonBirthDate>2012-03-04</PersonBirthDate>
                <{sexElement}>{sex}</{sexElement}>
              </ChildIdentifiers>
              <ChildCharacteristics>
                <Ethnicity>WBRI</Ethnicity>
              </ChildCharacteristics>
              <CINdetails>
                <CINreferralDate>{referralDate}</CINreferralDate>
                <ReferralSource>{source}</ReferralSource>
                <ReferralNFA>{nfa}</ReferralNFA>
              </CINdetails>
            </Child>
        """;

    public static CinCensusReader Reader(byte[] bytes, CinCensusReadOptions? options = null) =>
        new(new MemoryStream(bytes), "test.xml", options);
}
