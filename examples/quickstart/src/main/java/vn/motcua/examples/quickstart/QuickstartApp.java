package vn.motcua.examples.quickstart;

import vn.motcua.core.Motcua;

/** A first look at motcua; grows as the SDK does. */
public final class QuickstartApp {
  private QuickstartApp() {}

  /** Runs the example. */
  public static void main(String[] args) {
    System.out.println("motcua " + Motcua.version());
  }
}
