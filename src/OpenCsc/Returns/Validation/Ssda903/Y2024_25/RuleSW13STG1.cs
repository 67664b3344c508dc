namespace OpenCsc.Returns.Validation.Ssda903.Y2024_25;

public sealed class RuleSW13STG1() : CodeListRule("SW13STG1", "The reason for social worker change is not valid.", "SW_REASON", "SWEpisodes", "SWEpisodes", "SW_REASON", Ssda903Codes.SocialWorkerReason, true);
