using System.Globalization;
using System.Text;
using OpenCsc.Returns;

namespace OpenCsc.Trackers;

/// <summary>
/// A tracker's items as CSV (RFC 4180: CRLF line ends, fields quoted when they must be), in the list's order, the same
/// from the command line and the web. Text a spreadsheet would run as a formula is escaped.
/// </summary>
public static class WriteTrackerCsv
{
    public const string Header = "kind,child_id,la_child_id,child_name,worker,team,team_manager,since_event,since,due,state,days_overdue";

    public static string Write(IEnumerable<TrackerItem> items)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (TrackerItem i in items)
        {
            csv.AppendJoin(',', new[]
            {
                i.KindLabel,
                i.ChildId.ToString(CultureInfo.InvariantCulture),
                i.LaChildId,
                i.ChildName,
                i.WorkerName ?? "",
                i.TeamName ?? "",
                i.ManagerName ?? "",
                i.SinceEvent,
                Iso(i.Since),
                Iso(i.Due),
                i.State.ToString(),
                i.DaysOverdue.ToString(CultureInfo.InvariantCulture),
            }.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cell(string value)
    {
        value = SpreadsheetFormulas.Escape(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
