package jp.kyodo.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link PageExceptionHandler} (faces-config.xml). */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {
  public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new PageExceptionHandler(getWrapped().getExceptionHandler());
  }
}
