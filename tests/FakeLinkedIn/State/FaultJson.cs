using System.Collections;
using System.Text.Json.Nodes;

namespace FakeLinkedIn;

/// <summary>Converts the scenario's YAML <c>faults:</c> mapping into the JSON shape used by the control API.</summary>
internal static class FaultJson
{
    public static JsonObject FromYaml(IDictionary<string, object?> faults)
    {
        var json = new JsonObject();
        foreach (var (key, value) in faults)
        {
            json[key] = Convert(value);
        }

        return json;
    }

    private static JsonNode? Convert(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        IDictionary map => new JsonObject(map.Keys.Cast<object>()
            .Select(k => KeyValuePair.Create(k.ToString() ?? "", Convert(map[k])))),
        IEnumerable list => new JsonArray([.. list.Cast<object?>().Select(Convert)]),
        _ => JsonValue.Create(value.ToString()),
    };
}
