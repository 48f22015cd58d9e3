using YamlDotNet.RepresentationModel;

namespace FakeLinkedIn;

/// <summary>Finds the line of a node given by a path of keys and list indexes, for validation messages.</summary>
internal static class YamlLineLocator
{
    /// <summary>Returns the 1-based line and column of the deepest node of <paramref name="path"/> that exists.</summary>
    public static (int Line, int Column) Locate(string yaml, IReadOnlyList<object> path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0)
        {
            return (1, 1);
        }

        YamlNode node = stream.Documents[0].RootNode;
        foreach (var segment in path)
        {
            YamlNode? next = (segment, node) switch
            {
                (string key, YamlMappingNode map) => map.Children
                    .FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value,
                (int index, YamlSequenceNode list) when index < list.Children.Count => list.Children[index],
                _ => null,
            };
            if (next is null)
            {
                break;
            }

            node = next;
        }

        return ((int)node.Start.Line, (int)node.Start.Column);
    }
}
