using System.Globalization;
using OpenCsc.Returns;
using OpenCsc.Web.Pages.Shared.Govuk;

namespace OpenCsc.Web.Pages.Returns;

/// <summary>The returns a user can download, by the name in their URL.</summary>
public enum DownloadKind
{
    CinCensus,
    Ssda903,
    AnnexA,
}

/// <summary>
/// One download form as the user filled it in (kept as typed, so a form with an error shows what was entered), and
/// its checks. A CIN census or SSDA903 download needs a collection year; the SSDA903 a format (CSV tables in a zip,
/// or the XML); Annex A a real as-of date.
/// </summary>
public sealed record DownloadForm(DownloadKind Kind, string? Year, string? Format, string? Day, string? Month, string? DateYear)
{
    public const string FirstYear = "2021";

    public static readonly IReadOnlyDictionary<string, DownloadKind> Slugs = new Dictionary<string, DownloadKind>(StringComparer.Ordinal)
    {
        ["cin-census"] = DownloadKind.CinCensus,
        ["ssda903"] = DownloadKind.Ssda903,
        ["annex-a"] = DownloadKind.AnnexA,
    };

    public IReadOnlyList<FieldError> Errors { get; init; } = [];

    public string Slug => Slugs.Single(s => s.Value == Kind).Key;

    /// <summary>The prefix of this form's field ids, so the three forms on one page have distinct ids.</summary>
    public string IdPrefix => Slug + "-";

    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.FieldId == IdPrefix + field)?.Message;

    /// <summary>The blank form: the latest collection year that has ended, CSV tables, today's date.</summary>
    public static DownloadForm Blank(DownloadKind kind, DateOnly today) =>
        new(kind, CollectionYear.Containing(today).Previous.Year.ToString(CultureInfo.InvariantCulture), "csv",
            today.Day.ToString(CultureInfo.InvariantCulture), today.Month.ToString(CultureInfo.InvariantCulture), today.Year.ToString(CultureInfo.InvariantCulture));

    /// <summary>The collection years offered: 2021/22 up to the year in progress, the latest first.</summary>
    public static IReadOnlyList<CollectionYear> YearsOffered(DateOnly today)
    {
        int last = CollectionYear.Containing(today).Year;
        return Enumerable.Range(int.Parse(FirstYear, CultureInfo.InvariantCulture), last - int.Parse(FirstYear, CultureInfo.InvariantCulture) + 1)
            .Reverse().Select(y => new CollectionYear(y)).ToList();
    }

    /// <summary>The form checked: the request it makes, or the form again with its errors.</summary>
    public (DownloadRequest? Request, DownloadForm Form) Check(DateOnly today)
    {
        var errors = new List<FieldError>();
        CollectionYear year = default;
        DateOnly asOf = default;
        bool xml = false;
        if (Kind is DownloadKind.CinCensus or DownloadKind.Ssda903)
        {
            if (!CollectionYear.TryParse(Year, out year) || !YearsOffered(today).Contains(year))
            {
                errors.Add(new FieldError(IdPrefix + "year", "Select a collection year from the list"));
            }
        }

        if (Kind == DownloadKind.Ssda903)
        {
            xml = Format == "xml";
            if (Format is not ("csv" or "xml"))
            {
                errors.Add(new FieldError(IdPrefix + "format", "Select CSV tables or XML"));
            }
        }

        if (Kind == DownloadKind.AnnexA)
        {
            var form = new OpenCsc.Web.Recording.FormReader(new Dictionary<string, string?> { ["day"] = Day, ["month"] = Month, ["year"] = DateYear });
            DateOnly? date = form.Date("AsOf", IdPrefix.TrimEnd('-'), "the as-at date", required: true, notAfter: today);
            asOf = date ?? default;
            errors.AddRange(form.Problems.Select(p => new FieldError(IdPrefix + "day", p.Message)));
        }

        return errors.Count > 0
            ? (null, this with { Errors = errors })
            : (new DownloadRequest(Kind, year, xml, asOf), this);
    }
}

/// <summary>A checked download: what to write.</summary>
public sealed record DownloadRequest(DownloadKind Kind, CollectionYear Year, bool Xml, DateOnly AsOf);
