using OpenCsc.Recording;

namespace OpenCsc.LookedAfter;

/// <summary>The looked-after use cases' check of a DfE code: the form offers only the list, but a command may come from elsewhere.</summary>
internal static class CodeRules
{
    /// <summary>The code is one of <paramref name="codes"/>; otherwise the problem <paramref name="message"/> against <paramref name="field"/>.</summary>
    public static void Check(string? code, IReadOnlyCollection<string> codes, string field, string message, FieldProblems problems)
    {
        if (code is null || !codes.Contains(code))
        {
            problems.Add(field, message);
        }
    }
}
