namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW05STG1() : DateRule("SW05STG1", "Date social worker episode began is not a valid date.", "SW_DEC", "SWEpisodes", "SWEpisodes", "SW_DEC", true);
