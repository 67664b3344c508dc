namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW04STG1() : DateRule("SW04STG1", "Date social worker episode began is not a valid date..", "SW_DECOM", "SWEpisodes", "SWEpisodes", "SW_DECOM", true);
