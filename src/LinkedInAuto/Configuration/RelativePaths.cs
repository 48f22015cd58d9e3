using System.Collections;
using System.Reflection;

namespace LinkedInAuto.Configuration;

/// <summary>Resolves `[RelativeToConfigFile]` paths against the config file's directory, so `messages` means `/etc/linkedin-auto/messages`.</summary>
internal static class RelativePaths
{
    /// <summary>Rewrites every relative marked path of <paramref name="target"/> (recursively) as absolute.</summary>
    public static void Resolve(object target, string baseDirectory)
    {
        foreach (var property in ConfigNaming.PropertiesOf(target.GetType()))
        {
            var value = property.GetValue(target);
            if (property.GetCustomAttribute<RelativeToConfigFileAttribute>() is not null && value is string { Length: > 0 } path && !Path.IsPathRooted(path))
            {
                property.SetValue(target, Path.GetFullPath(Path.Combine(baseDirectory, path)));
            }
            else if (value is not null and not string and not IEnumerable && !ScalarConverter.IsScalar(property.PropertyType))
            {
                Resolve(value, baseDirectory);
            }
        }
    }
}
