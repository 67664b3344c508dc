using System.Text.RegularExpressions;
using OpenCsc.IntegrationTests.Infrastructure;
using OpenCsc.Testing;

namespace OpenCsc.IntegrationTests.Returns.AnnexA;

/// <summary>
/// Ofsted's Annex A columns and category codes, read in place from the shared Annex_A_schema.yml (never copied): for
/// each list its column headings in order, and for each categorical column the codes its cells may hold. YAML anchors
/// (&amp;gender) and aliases (*gender) are followed; codes are kept as written (so No and Yes stay text).
/// </summary>
internal sealed partial class AnnexASchema
{
    private AnnexASchema(IReadOnlyList<IReadOnlyList<string>> columns, Dictionary<(int List, string Column), HashSet<string>> categories)
    {
        Columns = columns;
        _categories = categories;
    }

    private readonly Dictionary<(int List, string Column), HashSet<string>> _categories;

    /// <summary>The headings of list 1 ... list 11 (index 0 is list 1).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Columns { get; }

    /// <summary>The codes a categorical column may hold, or null for a date, number or free text column.</summary>
    public IReadOnlySet<string>? CategoriesOf(int list, string column) => _categories.GetValueOrDefault((list, column));

    public static AnnexASchema Load()
    {
        string[] lines = File.ReadAllLines(SharedFolder.Require("formats/annex-a/Annex_A_schema.yml"));
        var lists = new SortedDictionary<int, List<string>>();
        var categories = new Dictionary<(int, string), HashSet<string>>();
        var anchors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        int list = 0;
        string? column = null;
        string? anchor = null;
        HashSet<string>? codes = null;

        void Finish()
        {
            if (column is not null && codes is not null)
            {
                categories[(list, column)] = codes;
                if (anchor is not null)
                {
                    anchors[anchor] = codes;
                }
            }

            column = null;
            anchor = null;
            codes = null;
        }

        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (ListLine().Match(line) is { Success: true } listMatch)
            {
                Finish();
                list = int.Parse(listMatch.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                lists[list] = [];
            }
            else if (ColumnLine().Match(line) is { Success: true } columnMatch)
            {
                Finish();
                column = columnMatch.Groups[1].Success ? columnMatch.Groups[1].Value : columnMatch.Groups[2].Value;
                lists[list].Add(column);
                if (columnMatch.Groups[3].Value == "&")
                {
                    anchor = columnMatch.Groups[4].Value;
                }
                else if (columnMatch.Groups[3].Value == "*" && anchors.TryGetValue(columnMatch.Groups[4].Value, out HashSet<string>? aliased))
                {
                    categories[(list, column)] = aliased;
                }
            }
            else if (column is not null && line == "            category:")
            {
                codes = new HashSet<string>(StringComparer.Ordinal);
            }
            else if (codes is not null && CodeLine().Match(line) is { Success: true } codeMatch)
            {
                string value = codeMatch.Groups[1].Value;
                // A quoted code can run on over indented lines (folded with a space).
                while (value.Length > 0 && value[0] is '\'' or '"' && (value.Length == 1 || value[^1] != value[0]) && i + 1 < lines.Length)
                {
                    value += " " + lines[++i].Trim();
                }

                codes.Add(Unquote(value));
            }
        }

        Finish();
        return new AnnexASchema(lists.Values.Select(c => (IReadOnlyList<string>)c).ToList(), categories);
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        }

        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return Regex.Unescape(value[1..^1]);
        }

        return value.Trim();
    }

    [GeneratedRegex(@"^    list_(\d+):\s*$")]
    private static partial Regex ListLine();

    [GeneratedRegex(@"^ {8}(?:""([^""]+)""|([^ \s""][^:]*[^ :])):(?:\s*([&*])([a-z-]+))?\s*$")]
    private static partial Regex ColumnLine();

    [GeneratedRegex(@"^ {14}-   code: (.*)$")]
    private static partial Regex CodeLine();
}
