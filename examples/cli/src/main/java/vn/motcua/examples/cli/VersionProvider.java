package vn.motcua.examples.cli;

import picocli.CommandLine.IVersionProvider;
import vn.motcua.core.Motcua;

/** The version every command prints for {@code --version}. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "motcua " + Motcua.version(),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown") + ")"
    };
  }
}
