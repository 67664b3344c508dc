using System.Text;
using OpenCsc.Returns.Validation;
using OpenCsc.Returns.Validation.CinCensus;

namespace OpenCsc.Tests.Returns.Validation.CinCensus;

/// <summary>
/// Runs one CIN rule over a census file written inline: the Child elements (or a whole Message when the text starts
/// with one), wrapped in a 2025/26 Header (reference date 31 March 2026). Returns the flagged element paths without
/// the leading /Message/Children/ ("Child[2]/CINdetails[1]"), in the engine's order.
/// </summary>
internal static class CinRuleHarness
{
    public static readonly DateOnly Start = new(2025, 4, 1);
    public static readonly DateOnly Reference = new(2026, 3, 31);

    public static string[] Run(CinCensusRule rule, string children, DateOnly? start = null, DateOnly? reference = null)
    {
        ValidationReport report = CinCensusValidator.Validate(Read(children), [rule], start ?? Start, reference ?? Reference);
        Assert.True(report.Missing.Count == 0, string.Join("; ", report.Missing.Select(m => m.Describe())));
        return [.. report.Failures.Select(f => f.Path!.Replace("/Message/Children/", "", StringComparison.Ordinal))];
    }

    public static CinCensusTables Read(string children)
    {
        string xml = children.TrimStart().StartsWith("<Message", StringComparison.Ordinal)
            ? children
            : $"""
              <Message>
                <Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails>
                <Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source></Header>
                <Children>{children}</Children>
              </Message>
              """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return CinCensusTables.Read(stream, "test.xml");
    }
}
