using OpenCsc.Children.Chronology;

namespace OpenCsc.Tests.Children;

public class ChildChronologyTests
{
    [Fact]
    public void EverySourceInTheDomain_IsListedOnce()
    {
        var declared = typeof(IChronologySource).Assembly.GetTypes()
            .Where(t => typeof(IChronologySource).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
        var listed = ChildChronology.Sources.Select(s => s.GetType()).OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();

        Assert.Equal(declared, listed);
    }

    [Fact]
    public void Types_AreUnique_InTheFilterOrder()
    {
        Assert.Equal(
            ["contacts", "referrals", "early-help", "allocations", "assessments", "strategy-discussions", "section-47", "cp-plans",
             "core-groups", "cin-plans", "care", "cla-reviews", "health", "missing", "visits", "legal-orders", "care-leaver", "supervision"],
            ChildChronology.Types.Select(t => t.Key));
        Assert.Equal(ChildChronology.Types.Count, ChildChronology.Types.Select(t => t.Label).Distinct().Count());
    }

    [Fact]
    public void Parse_FindsKnownKeys_WhateverTheCase_AndIgnoresOthers()
    {
        IReadOnlySet<ChronologyType> parsed = ChildChronology.Parse(["VISITS", "care", "nonsense", null]);

        Assert.Equal(["care", "visits"], parsed.Select(t => t.Key).Order(StringComparer.Ordinal));
    }
}
