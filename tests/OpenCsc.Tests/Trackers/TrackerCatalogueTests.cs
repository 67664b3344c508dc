using OpenCsc.Calendar;
using OpenCsc.Indicators;
using OpenCsc.Trackers;

namespace OpenCsc.Tests.Trackers;

public class TrackerCatalogueTests
{
    [Fact]
    public void Slugs_AreUnique_LowerCase_AndFound()
    {
        var slugs = TrackerCatalogue.All.Select(t => t.Slug).ToList();

        Assert.Equal(["visits", "assessments", "icpc", "reviews", "health", "rhi"], slugs);
        Assert.All(slugs, s => Assert.Same(TrackerCatalogue.All.Single(t => t.Slug == s), TrackerCatalogue.Find(s.ToUpperInvariant())));
        Assert.Null(TrackerCatalogue.Find("plans"));
    }

    [Fact]
    public void EveryKindOfItem_BelongsToOneTracker_AndHasALabel()
    {
        var kinds = TrackerCatalogue.All.SelectMany(t => t.Kinds).ToList();

        Assert.Equal(Enum.GetValues<ItemKind>().Order(), kinds.Order());
        Assert.Equal(kinds.Count, kinds.Select(ItemKinds.Label).Distinct().Count());
    }

    [Fact]
    public void EachRule_NamesTheSettingsValues()
    {
        var standards = new StatutoryTimescales { CpVisitWorkingDays = 7, AssessmentWorkingDays = 40, ClaLaterReviewMonths = 5 };

        Assert.Contains("every 7 working days on a CP plan", new VisitsDue().Rule(standards), StringComparison.Ordinal);
        Assert.Contains("due 40 working days after", new AssessmentsDue().Rule(standards), StringComparison.Ordinal);
        Assert.Contains("at most every 5 months", new LacReviewsDue().Rule(standards), StringComparison.Ordinal);
    }
}
