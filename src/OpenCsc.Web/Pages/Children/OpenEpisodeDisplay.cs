using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenCsc.Codes;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Web.Pages.Shared.Govuk;
using OpenCsc.Web.Recording;

namespace OpenCsc.Web.Pages.Children;

/// <summary>The looked-after child's episode now, as the change and end-of-care forms show it above the form.</summary>
public static class OpenEpisodeDisplay
{
    /// <summary>The notice that the child is not looked after (where that problem, or a conflict that ended care, links).</summary>
    public const string NotLookedAfterId = "not-looked-after";

    /// <summary>The heading of the episode as it is now (where a conflict links).</summary>
    public const string CurrentId = "current";

    /// <summary>The open episode's id as the form carries it; null when the form showed none.</summary>
    public static long? EpisodeOf(FormReader form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return long.TryParse(form.Raw("episode"), NumberStyles.None, CultureInfo.InvariantCulture, out long episode) ? episode : null;
    }

    /// <summary>The open episode with its period, untracked; null when the child is not looked after.</summary>
    public static Task<CareEpisode?> LoadAsync(AppDbContext db, long childId, CancellationToken cancellationToken) =>
        OpenCareEpisode.Of(db, childId).AsNoTracking().Include(e => e.PeriodOfCare).FirstOrDefaultAsync(cancellationToken);

    public static SummaryListModel Summary(CareEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        return new SummaryListModel(
        [
            new("Looked after since", Formatting.Date(episode.PeriodOfCare?.StartDate ?? episode.StartDate), "current-since"),
            new("Current episode since", Formatting.Date(episode.StartDate), "current-episode-since"),
            new("Legal status", LegalStatuses.Codes.Describe(episode.LegalStatus), "current-legal-status"),
            new("Category of need", PrimaryNeeds.Codes.Describe(episode.CategoryOfNeed)),
            new("Placement", PlacementTypes.Codes.Describe(episode.PlacementType), "current-placement"),
            new("Placement provider", PlacementProviders.Codes.Describe(episode.PlacementProvider), "current-provider"),
        ]);
    }
}
