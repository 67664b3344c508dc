using OpenCsc.Trackers;
using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.Trackers;

/// <summary>How the trackers' states and filters are shown.</summary>
public static class TrackerDisplay
{
    public const int PageSize = 50;

    public static TagModel Tag(TrackerState state) => state switch
    {
        TrackerState.Overdue => new TagModel("Overdue", "red"),
        TrackerState.DueSoon => new TagModel("Due soon", "yellow"),
        TrackerState.Future => new TagModel("Not yet due", "grey"),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static string DaysOverdue(int days) => days == 1 ? "1 day overdue" : $"{Formatting.Number(days)} days overdue";

    /// <summary>A positive whole number from the query string, or null for anything else (blank means no filter).</summary>
    public static long? Id(string? value) =>
        long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long id) && id > 0 ? id : null;

    /// <summary>
    /// The as-at date from the query string (yyyy-MM-dd, as a date field sends it): blank is today; a date that is not
    /// real, before 2000 or more than a year ahead is today with an error to show beside the field.
    /// </summary>
    public static (DateOnly AsOf, string? Error) AsOf(string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (today, null);
        }

        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out DateOnly date))
        {
            return (today, "Enter the date as a real date, for example " + Formatting.IsoDate(today));
        }

        if (date.Year < 2000 || date > today.AddYears(1))
        {
            return (today, "Enter a date from 2000 up to a year from today");
        }

        return (date, null);
    }

    /// <summary>The page's URL with the filters (the as-at date when it is not today) and the page number, or the CSV handler's.</summary>
    public static string Url(string path, long? team, long? worker, int? page = null, bool csv = false, string? asOf = null)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (csv)
        {
            query.Add(new("handler", "csv"));
        }

        if (asOf is not null)
        {
            query.Add(new("asOf", asOf));
        }

        if (team is { } t)
        {
            query.Add(new("team", t.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (worker is { } w)
        {
            query.Add(new("worker", w.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (page is { } p && p > 1)
        {
            query.Add(new("page", p.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return path + QueryString.Create(query).ToUriComponent();
    }
}
