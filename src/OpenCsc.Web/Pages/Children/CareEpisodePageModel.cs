using System.Globalization;
using OpenCsc.Data;
using OpenCsc.LookedAfter;
using OpenCsc.Web.Recording;

namespace OpenCsc.Web.Pages.Children;

/// <summary>
/// A form that changes a looked-after child's open episode (a change of legal status or placement, ceasing to be
/// looked after): it shows the episode as it is now and carries its id and version, so that a save on an episode
/// someone else changed meanwhile is refused (<see cref="EditConflicts"/>).
/// </summary>
public abstract class CareEpisodePageModel : RecordingPageModel
{
    /// <summary>The open episode, as it is now; null when the child is not looked after.</summary>
    public CareEpisode? Current { get; private set; }

    /// <summary>The open episode's id and version the form carries: what the user is deciding on.</summary>
    public string? Episode { get; protected set; }

    public string? Version { get; protected set; }

    /// <summary>Loads the open episode; when asked (a new form, or after a conflict), carries its id and version.</summary>
    protected async Task ShowCurrentAsync(AppDbContext db, bool carryVersion, CancellationToken cancellationToken)
    {
        Current = await OpenEpisodeDisplay.LoadAsync(db, ChildId, cancellationToken);
        if (carryVersion && Current is { } current)
        {
            Episode = current.Id.ToString(CultureInfo.InvariantCulture);
            Version = EditConflicts.VersionOf(current);
        }
    }
}
